package org.grpokg.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.describe.DatasetDescription;
import org.grpokg.query.QueryRunner;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A release read back: what the store holds, described truly, the same bytes for the same data, and what changed. */
class ReleaseIntegrationTest {

    private static final ReleaseInfo INFO = new ReleaseInfo(LocalDate.of(2025, 3, 18), null, null);
    private static Dataset store;
    private static Path release;
    private static List<Path> files;

    @BeforeAll
    static void releaseOnce() {
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("release-store-").resolve("store"));
        ws.build();
        store = ws.kgStore().open();
        release = TestPaths.tempDir("release-").resolve("r");
        files = ReleaseWriter.write(store, INFO, release, Optional.empty());
    }

    @AfterAll
    static void close() {
        KgStore.release(store);
    }

    private static Path file(String name) {
        return release.resolve(name);
    }

    private static ReleaseFiles names() {
        return ReleaseFiles.of(INFO);
    }

    @Test
    void everyDumpIsTheStoreAndTheChecksumsHold() throws Exception {
        Model data = Txn.calculateRead(store, () -> ModelFactory.createDefaultModel().add(store.getDefaultModel()));
        assertTrue(data.isIsomorphicWith(RDFDataMgr.loadModel(file(names().turtle()).toString())), "Turtle");
        assertTrue(data.isIsomorphicWith(RDFDataMgr.loadModel(file(names().jsonld()).toString())), "JSON-LD");
        Model nt = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file(names().ntriplesGz())))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertEquals(lines.stream().sorted().toList(), lines, "N-Triples lines are sorted");
            RDFParser.fromString(text, Lang.NTRIPLES).parse(nt);
        }
        assertTrue(data.isIsomorphicWith(nt), "N-Triples");
        Dataset trig = RDFDataMgr.loadDataset(file(names().trig()).toString());
        Txn.executeRead(store, () -> assertTrue(IsoMatcher.isomorphic(store.asDatasetGraph(), trig.asDatasetGraph()),
                "TriG carries every graph"));
        for (String line : Files.readAllLines(file(ReleaseFiles.CHECKSUMS))) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], ReleaseWriter.sha256(file(parts[1])), parts[1]);
        }
        assertEquals(6, files.size());
    }

    @Test
    void anIndependentParserReadsTheDumps() throws Exception {
        Path rapper = Path.of("/usr/bin/rapper");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(rapper), "rapper (raptor2-utils) is not installed: skipped");
        for (String[] f : new String[][] {{names().turtle(), "turtle"}, {names().trig(), "trig"}, {ReleaseFiles.DESCRIPTION, "turtle"}}) {
            Process p = new ProcessBuilder(rapper.toString(), "-i", f[1], "-c", file(f[0]).toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), f[0] + ": " + out);
            assertTrue(out.matches("(?s).*returned [1-9]\\d* triples.*"), out);
        }
    }

    @Test
    void theDescriptionCountsWhatSparqlCounts() {
        Model voidModel = RDFDataMgr.loadModel(file(ReleaseFiles.DESCRIPTION).toString());
        Resource ds = voidModel.getResource(DatasetDescription.DATASET);
        long triples = Txn.calculateRead(store, () -> store.getDefaultModel().size());
        assertEquals(triples, ds.getProperty(VOID.triples).getLong());
        assertEquals("2025-03-18", ds.getProperty(org.apache.jena.vocabulary.DCTerms.issued).getString());
        int partitions = 0;
        for (var st : ds.listProperties(VOID.classPartition).toList()) {
            Resource part = st.getResource();
            String type = part.getPropertyResourceValue(VOID._class).getURI();
            long counted = count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <" + type + "> }");
            assertEquals(counted, part.getProperty(VOID.entities).getLong(), type);
            partitions++;
        }
        assertTrue(partitions > 10, "entities per class");
        for (String dump : names().dumps()) {
            assertTrue(ds.hasProperty(VOID.dataDump, voidModel.createResource(INFO.baseUrl() + dump)), dump);
        }
    }

    private static long count(String query) {
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = QueryExecution.create(QueryRunner.parse(query), store)) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void theSameDataGivesTheSameBytes() throws IOException {
        Workspace other = Workspace.of(TestPaths.DATA, TestPaths.tempDir("release-store2-").resolve("store"));
        other.build();
        Dataset second = other.kgStore().open();
        Path again = TestPaths.tempDir("release2-").resolve("r");
        try {
            ReleaseWriter.write(second, INFO, again, Optional.empty());
        } finally {
            KgStore.release(second);
        }
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName())), f.getFileName().toString());
        }
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws IOException {
        byte[] before = Files.readAllBytes(file(ReleaseFiles.CHECKSUMS));
        ReleaseException e = assertThrows(ReleaseException.class, () -> ReleaseWriter.write(store, INFO, release, Optional.empty()));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file(ReleaseFiles.CHECKSUMS)));
    }

    @Test
    void sinceListsExactlyTheChangesMadeToACopyOfTheData() throws IOException {
        Path data = TestPaths.copyOfData();
        Path entry = data.resolve("entries/2503.05132.yaml");
        Files.writeString(entry, Files.readString(entry).replace("name: VisualThinker-R1-Zero", "name: VT-R1-Zero"));
        Files.writeString(data.resolve("entries/2599.00001.yaml"), """
                entry: "2599.00001"
                listing:
                  title: A New Paper
                  date: 2025-04
                  paper: https://arxiv.org/abs/2599.00001
                """);
        Workspace ws = Workspace.of(data, TestPaths.tempDir("release-changed-").resolve("store"));
        ws.build();
        Dataset changed = ws.kgStore().open();
        Path next = TestPaths.tempDir("release-next-").resolve("r");
        try {
            ReleaseWriter.write(changed, new ReleaseInfo(LocalDate.of(2025, 4, 1), "v2", null), next, Optional.of(release));
        } finally {
            KgStore.release(changed);
        }
        String log = Files.readString(next.resolve(ReleaseFiles.CHANGELOG));
        assertTrue(log.contains("1 entries added, 0 removed, 1 changed"), log);
        assertTrue(log.contains("## Entries added\n\n- A New Paper (kg:entry/arxiv/2599.00001)"), log);
        assertTrue(log.contains("- added: `schema:alternateName` \"VT-R1-Zero\"\n- removed: `schema:alternateName` \"VisualThinker-R1-Zero\""), log);
        assertFalse(log.contains("### Visual-RFT"), "untouched entries are not listed");
        String changedSection = log.substring(log.indexOf("## Entries changed"), log.indexOf("## Other resources changed"));
        assertEquals(1, changedSection.lines().filter(l -> l.startsWith("### ")).count(), log);
        assertTrue(log.contains("### kg:catalogue\n- added: `dcat:record` kg:record/arxiv/2599.00001"), "the new record, listed apart: " + log);
        assertTrue(Files.readString(next.resolve(ReleaseFiles.CHECKSUMS)).contains("  " + ReleaseFiles.CHANGELOG));
    }
}
