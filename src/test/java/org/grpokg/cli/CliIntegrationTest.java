package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServerRecord;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line end to end: exit codes, one-line errors, and what each command prints. */
class CliIntegrationTest {

    private static final String COUNT = "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a gkg:Entry }";
    private static Path store;

    @BeforeAll
    static void buildOnce() {
        store = TestPaths.tempDir("cli-").resolve("store");
        CliRun r = CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built "), r.out());
    }

    private static void assertOneLine(CliRun r) {
        assertFalse(r.errLine().isEmpty(), "an error message");
        assertEquals(1, r.errLine().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void versionAndHelpWithExitCodes() {
        CliRun v = CliRun.of("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().contains("grpo-kg 0.1.0") && v.out().contains("Apache Jena 5.6.0"), v.out());
        for (String cmd : new String[] {"build", "serve", "query", "export", "validate", "compare", "stats"}) {
            CliRun h = CliRun.of(cmd, "--help");
            assertEquals(0, h.code(), cmd);
            assertTrue(h.out().contains("Exit codes:") && h.out().contains("5   malformed SPARQL query"), cmd + ": " + h.out());
            assertEquals(0, CliRun.of(cmd, "--version").code(), cmd);
        }
    }

    @Test
    void compareAndStatsPrintTables() {
        CliRun md = CliRun.of("compare", "--store", store.toString(), "--by", "algorithms", "--where", "algorithm=grpo");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("| Entry | arXiv | Year | Algorithms |\n|---|---|---|---|\n"), md.out());
        assertTrue(md.out().contains("| R1-VL | 2503.12937 | 2025 | StepGRPO |"), md.out());
        CliRun csv = CliRun.of("compare", "--store", store.toString(), "--format", "csv");
        assertEquals(17, csv.out().split("\r\n").length, "a header and 16 rows");
        CliRun badValue = CliRun.of("compare", "--store", store.toString(), "--where", "algorithm=nope");
        assertEquals(2, badValue.code());
        assertOneLine(badValue);
        CliRun badFacet = CliRun.of("compare", "--store", store.toString(), "--by", "colour");
        assertEquals(2, badFacet.code());
        assertEquals("grpo-kg: unknown --by facet 'colour' (choose from: algorithms, baseModels, domains, modalities, rewards, recipe, framework, benchmarks)",
                badFacet.errLine());
        CliRun stats = CliRun.of("stats", "--store", store.toString(), "--ascii");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().startsWith("Entries by kind\n  paper       ##############################"), stats.out());
        CliRun bib = CliRun.of("export", "--store", store.toString(), "--format", "bibtex");
        assertEquals(0, bib.code(), bib.err());
        assertTrue(bib.out().contains("eprint = {2503.05132}"), bib.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("frobnicate").code());
        assertEquals(2, CliRun.of("query", "--nope", "x.rq").code());
        assertEquals(2, CliRun.of("query").code(), "a query file or -e is required");
        CliRun badFormat = CliRun.of("query", "-e", COUNT, "--format", "yaml", "--store", store.toString());
        assertEquals(2, badFormat.code());
        assertEquals("grpo-kg: unknown --format 'yaml' (choose one of: table, csv, tsv, json, xml)", badFormat.errLine());
    }

    @Test
    void libraryQueriesRunByNumberSlugOrFile() throws Exception {
        String expected = Files.readString(TestPaths.QUERIES.resolve("03-base-models.csv"), StandardCharsets.UTF_8);
        for (String name : new String[] {"03", "3", "base-models", "queries/03-base-models.rq"}) {
            CliRun r = CliRun.of("query", name, "--format", "csv", "--store", store.toString());
            assertEquals(0, r.code(), name + ": " + r.err());
            assertEquals(expected, r.out(), name);
        }
        CliRun unknown = CliRun.of("query", "no-such-query", "--store", store.toString());
        assertEquals(2, unknown.code());
        assertOneLine(unknown);
        assertTrue(unknown.errLine().contains("--list"), unknown.errLine());
    }

    @Test
    void listPrintsTheLibraryOneLineEach() {
        CliRun r = CliRun.of("query", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().count() >= 20, r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("08  entries-on-base-model +Who starts from this base model.*\\[--param model=\\.\\.\\.\\]")), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.matches("\\d{2}  [a-z0-9-]+ +\\S.*")), r.out());
    }

    @Test
    void paramsAreBoundAndUnknownOnesAreUsageErrors() throws Exception {
        String expected = Files.readString(TestPaths.QUERIES.resolve("08-entries-on-base-model.model-Qwen+Qwen2.5-VL-7B-Instruct.csv"), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("query", "entries-on-base-model", "--param", "model=Qwen/Qwen2.5-VL-7B-Instruct", "--format", "csv", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out());
        CliRun evil = CliRun.of("query", "08", "-p", "model=x\" } ?entry ?p ?o { \"\nSELECT * {", "--format", "csv", "--store", store.toString());
        assertEquals(0, evil.code(), evil.err());
        assertEquals("name,entry,algorithms", evil.out().strip(), "the value matched nothing, and changed nothing");
        assertEquals("", evil.err());
        CliRun unknown = CliRun.of("query", "08", "--param", "modle=x", "--store", store.toString());
        assertEquals(2, unknown.code());
        assertOneLine(unknown);
        assertEquals("grpo-kg: 08-entries-on-base-model.rq: unknown parameter 'modle' (it takes: model)", unknown.errLine());
        CliRun none = CliRun.of("query", "-e", COUNT, "--param", "x=1", "--store", store.toString());
        assertEquals(2, none.code());
        assertOneLine(none);
        CliRun noValue = CliRun.of("query", "08", "--param", "model", "--store", store.toString());
        assertEquals(2, noValue.code());
        assertOneLine(noValue);
    }

    @Test
    void missingQueryFileExitsFour() {
        CliRun r = CliRun.of("query", "no-such.rq", "--store", store.toString());
        assertEquals(4, r.code());
        assertEquals("grpo-kg: no-such.rq: no such file", r.errLine());
    }

    @Test
    void binaryQueryFileExitsFour() throws Exception {
        Path junk = TestPaths.tempDir("junk-").resolve("junk.rq");
        Files.write(junk, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        CliRun r = CliRun.of("query", junk.toString(), "--store", store.toString());
        assertEquals(4, r.code());
        assertEquals("grpo-kg: " + junk + ": not UTF-8 text (is it a query file?)", r.errLine());
    }

    @Test
    void malformedQueryExitsFive() {
        CliRun r = CliRun.of("query", "-e", "SELEC * { ?s ?p ?o }", "--store", store.toString());
        assertEquals(5, r.code());
        assertTrue(r.errLine().startsWith("grpo-kg: malformed query: "), r.err());
        assertOneLine(r);
    }

    @Test
    void queryPrintsCsv() {
        CliRun r = CliRun.of("query", "-e", COUNT, "--format", "csv", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("n\r\n16\r\n", r.out());
    }

    @Test
    void queryFileAndConstructAsTurtle() throws Exception {
        Path rq = TestPaths.tempDir("rq-").resolve("c.rq");
        Files.writeString(rq, "CONSTRUCT { ?e gkg:arxivId ?id } WHERE { ?e gkg:arxivId ?id }");
        CliRun r = CliRun.of("query", rq.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(m);
        assertEquals(14, m.size(), "12 papers, 1 survey and VLM-R1 (a repository-only entry whose paper appeared later) have an arXiv id");
    }

    @Test
    void exportWritesTurtleThatParsesAndTrigWithProvenanceGraphs() {
        CliRun ttl = CliRun.of("export", "--store", store.toString());
        assertEquals(0, ttl.code(), ttl.err());
        assertTrue(ttl.out().contains("@prefix gkg: <https://w3id.org/grpo-kg/ontology#> ."), "readable prefixes");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.out(), Lang.TURTLE).parse(m);
        Dataset stored = new KgStore(store).open();
        try {
            long expected = org.apache.jena.system.Txn.calculateRead(stored, () -> stored.getDefaultModel().size());
            assertEquals(expected, m.size());
            assertTrue(m.size() > 2000, "the whole default graph: " + m.size());
            assertFalse(m.contains(null, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class),
                    "the ontology is not in the data's default graph");
        } finally {
            KgStore.release(stored);
        }
        CliRun trig = CliRun.of("export", "-f", "trig", "--store", store.toString());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(trig.out(), Lang.TRIG).parse(ds);
        assertTrue(ds.listNames().hasNext(), "named graphs per source");
    }

    @Test
    void exportToFile() throws Exception {
        Path out = TestPaths.tempDir("export-").resolve("kg.nt");
        CliRun r = CliRun.of("export", "-f", "ntriples", "-o", out.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).lines().count() > 1000);
        CliRun bad = CliRun.of("export", "-o", "/no/such/dir/kg.ttl", "--store", store.toString());
        assertEquals(4, bad.code());
        assertOneLine(bad);
    }

    @Test
    void brokenCatalogueExitsFourAndLeavesTheStoreAlone() throws Exception {
        Path data = TestPaths.copyOfData();
        Path md = data.resolve("catalogue.md");
        Files.writeString(md, Files.readString(md).replace("| Mar 13, 2025   |", "| Mar 33, 2025   |"));
        CliRun r = CliRun.of("build", "--data", data.toString(), "--store", store.toString());
        assertEquals(4, r.code());
        assertEquals("grpo-kg: " + md + ":11: cannot read date 'Mar 33, 2025' (expected like 'Mar 4, 2025', 'Mar 2025' or 2025-03-04)", r.errLine());
        assertEquals("n\r\n16\r\n", CliRun.of("query", "-e", COUNT, "-f", "csv", "--store", store.toString()).out());
    }

    @Test
    void dataThatBreaksTheShapesExitsThreeAndWritesNothing() throws Exception {
        Path data = TestPaths.copyOfData();
        Path entry = data.resolve("entries/2503.05132.yaml");
        String yaml = Files.readString(entry);
        // an unknown id is an input error at its line (docs/decisions/0015-strict-input.md), before the shapes
        Files.writeString(entry, yaml.replace("{id: grpo,", "{id: gpro,"));
        CliRun unknown = CliRun.of("validate", "--data", data.toString());
        assertEquals(4, unknown.code());
        assertTrue(unknown.errLine().startsWith("grpo-kg: " + entry + ":38: algorithms: unknown algorithm 'gpro' (known: "), unknown.err());
        // a paper without an algorithm reads, but does not conform
        Files.writeString(entry, yaml.replace("  - {id: grpo, source: readme}", "  []").replace("algorithms:\n  []", "algorithms: []"));
        CliRun v = CliRun.of("validate", "--data", data.toString());
        assertEquals(3, v.code(), v.err());
        assertTrue(v.out().contains("kg:entry/arxiv/2503.05132 gkg:usesAlgorithm: a paper names at least one RL"), v.out());
        Path fresh = TestPaths.tempDir("nostore-").resolve("store");
        CliRun b = CliRun.of("build", "--data", data.toString(), "--store", fresh.toString());
        assertEquals(3, b.code());
        assertFalse(Files.exists(fresh), "no half-written store");
        assertEquals(0, CliRun.of("validate", "--data", TestPaths.DATA.toString()).code());
    }

    @Test
    void malformedEntryYamlNamesFileAndLine() throws Exception {
        Path data = TestPaths.copyOfData();
        Path entry = data.resolve("entries/2503.05132.yaml");
        Files.writeString(entry, Files.readString(entry) + "\nalgorithmz: [grpo]\n");
        CliRun r = CliRun.of("validate", "--data", data.toString());
        assertEquals(4, r.code());
        assertTrue(r.errLine().startsWith("grpo-kg: " + entry + ":"), r.err());
        assertTrue(r.errLine().contains("algorithmz"), r.err());
        assertOneLine(r);
    }

    @Test
    void buildRefusesToReplaceWhatIsNotAStore() throws Exception {
        Path folder = TestPaths.tempDir("precious-");
        Path thesis = Files.writeString(folder.resolve("thesis.txt"), "years of work");
        CliRun r = CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", folder.toString());
        assertEquals(4, r.code());
        assertTrue(r.errLine().contains("is a folder that is not a grpo-kg store"), r.err());
        assertOneLine(r);
        assertEquals("years of work", Files.readString(thesis), "left as it was");
        CliRun file = CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", thesis.toString());
        assertEquals(4, file.code());
        assertTrue(file.errLine().contains("is a file, not a store folder"), file.err());
        assertEquals("years of work", Files.readString(thesis));
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", empty.toString()).code(),
                "an empty folder may become a store");
    }

    /** Validates a copy of data/ whose VisualThinker entry file was edited; expects exit 4 and one line naming the file. */
    private static void assertEntryRejected(java.util.function.UnaryOperator<String> edit, String message) throws Exception {
        Path data = TestPaths.copyOfData();
        Path entry = data.resolve("entries/2503.05132.yaml");
        String before = Files.readString(entry);
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the fixture edits the file");
        Files.writeString(entry, after);
        CliRun r = CliRun.of("validate", "--data", data.toString());
        assertEquals(4, r.code(), r.err());
        assertTrue(r.errLine().startsWith("grpo-kg: " + entry + ":") && r.errLine().contains(message), r.err());
        String line = r.errLine().substring(("grpo-kg: " + entry + ":").length()).replaceFirst(":.*", "");
        assertTrue(line.matches("[1-9]\\d*"), "names a line: " + r.err());
        assertTrue(after.lines().skip(Integer.parseInt(line) - 1).findFirst().orElseThrow().strip().length() > 0);
        assertOneLine(r);
    }

    @Test
    void anEmptyListItemInAnEntryFileExitsFour() throws Exception {
        assertEntryRejected(t -> t.replace("modalities:\n", "modalities:\n  - ~\n"), "modalities: an empty item");
    }

    @Test
    void aLineageTargetThatIsNoKeyExitsFour() throws Exception {
        assertEntryRejected(t -> t.replace("{entry: EvolvingLMMs-Lab/open-r1-multimodal,", "{entry: \"R1-V by Deep Agent\","),
                "buildsOn: 'R1-V by Deep Agent' is neither");
    }

    @Test
    void aKeyWrittenTwiceInAnEntryFileExitsFour() throws Exception {
        assertEntryRejected(t -> t + "\nalgorithms: [{id: ppo, source: arxiv}]\n", "Duplicate field 'algorithms'");
    }

    @Test
    void aSourceThatIsNotAWebAddressExitsFour() throws Exception {
        assertEntryRejected(t -> t.replaceFirst("url: https://arxiv.org/\\S+", "url: see the paper"), "is not a web address");
    }

    @Test
    void editorFilesAndFoldersInEntriesAreIgnored() throws Exception {
        Path data = TestPaths.copyOfData();
        Files.writeString(data.resolve("entries/.#2503.05132.yaml"), "not yaml: [");
        Files.createDirectories(data.resolve("entries/old.yaml"));
        Path store = TestPaths.tempDir("ignored-").resolve("store");
        CliRun r = CliRun.of("build", "--data", data.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aServerThatDoesNotAnswerExitsSix() throws Exception {
        Path stale = TestPaths.tempDir("stale-").resolve("store");
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", stale.toString()).code());
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        new ServerRecord(other, "http://127.0.0.1:1/").write(stale);
        CliRun r = CliRun.of("query", "-e", COUNT, "--store", stale.toString());
        assertEquals(6, r.code());
        assertEquals("grpo-kg: cannot reach the running server at http://127.0.0.1:1/kg (recorded in grpo-kg-serve.properties"
                + " in the store folder): connection refused", r.errLine());
        assertOneLine(r);
    }

    @Test
    void storeHeldByAnotherProcessIsReportedNotTraced() throws Exception {
        Path held = TestPaths.tempDir("held-").resolve("store");
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", held.toString()).code());
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(new KgStore(held).current().orElseThrow().resolve("tdb.lock"), Long.toString(other));
        CliRun r = CliRun.of("query", "-e", COUNT, "--store", held.toString());
        assertEquals(6, r.code());
        assertTrue(r.errLine().contains("in use by process " + other), r.err());
        assertOneLine(r);
    }

    @Test
    void aSecondBuildOfTheSameStoreExitsSixAndQueriesStillRead() throws Exception {
        Path dir = TestPaths.tempDir("locked-").resolve("store");
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", dir.toString()).code());
        // as a build in progress holds it
        try (var ch = java.nio.channels.FileChannel.open(dir.resolve("build.lock"), java.nio.file.StandardOpenOption.WRITE);
                var lock = ch.lock()) {
            CliRun r = CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", dir.toString());
            assertEquals(6, r.code(), r.err());
            assertTrue(r.errLine().contains("is being built by process"), r.err());
            assertOneLine(r);
            CliRun q = CliRun.of("query", "-e", COUNT, "-f", "csv", "--store", dir.toString());
            assertEquals("n\r\n16\r\n", q.out(), q.err());
        }
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", dir.toString()).code());
    }

    @Test
    void queryAndExportAskTheRunningServer() throws Exception {
        Path served = TestPaths.tempDir("served-").resolve("store");
        Workspace ws = Workspace.of(TestPaths.DATA, served);
        ws.build();
        Dataset ds = ws.kgStore().open();
        try (RunningServer server = KgServer.start(ds.asDatasetGraph(), 0, true)) {
            // as if another process served it: the record names a live process that is not us
            long other = ProcessHandle.current().parent().orElseThrow().pid();
            new ServerRecord(other, server.baseUrl()).write(served);
            Files.writeString(served.resolve("tdb.lock"), Long.toString(other));
            CliRun q = CliRun.of("query", "-e", COUNT, "-f", "csv", "--store", served.toString());
            assertEquals(0, q.code(), q.err());
            assertEquals("n\r\n16\r\n", q.out());
            CliRun e = CliRun.of("export", "--store", served.toString());
            assertEquals(0, e.code(), e.err());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(e.out())).lang(Lang.TURTLE).parse(m);
            assertTrue(m.size() > 1000);
            CliRun c = CliRun.of("compare", "--where", "algorithm=grpo", "--format", "csv", "--store", served.toString());
            assertEquals(0, c.code(), c.err());
            assertEquals(14, c.out().split("\r\n").length, "a header and 13 entries: the taxonomies came from the server too");
            CliRun st = CliRun.of("stats", "--store", served.toString());
            assertEquals(0, st.code(), st.err());
            assertTrue(st.out().contains("GRPO"), st.out());
        } finally {
            ServerRecord.remove(served);
            KgStore.release(ds);
        }
    }
}
