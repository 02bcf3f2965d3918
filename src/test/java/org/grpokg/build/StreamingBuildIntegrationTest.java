package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.grpokg.TestPaths;
import org.grpokg.generate.DataGenerator;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.CatalogueData;
import org.grpokg.search.SearchIndex;
import org.grpokg.validate.ShapesReport;
import org.junit.jupiter.api.Test;

/**
 * The streaming build (units of entries, checked one at a time and bulk-loaded) gives the graph,
 * and the SHACL messages, of mapping and checking the whole graph in memory.
 */
class StreamingBuildIntegrationTest {

    /** Every quad as a sorted N-Quads line (default graph without a graph name). */
    private static List<String> lines(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.strNT(q.getSubject()) + " "
                + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject())
                + (q.isDefaultGraph() ? "" : " " + NodeFmtLib.strNT(q.getGraph())))));
        out.sort(null);
        return out;
    }

    private static void assertSameGraph(Path dataDir, int entriesPerUnit) {
        CatalogueData data = new DataReader().read(dataDir);
        List<String> whole = lines(GraphBuilder.graph(data).asDatasetGraph());
        Path gen = TestPaths.tempDir("stream-").resolve("gen");
        long quads = StreamingBuild.load(data, gen, BuildProgress.NONE, entriesPerUnit);
        DatasetGraph stored = DatabaseMgr.connectDatasetGraph(Location.create(gen));
        try {
            List<String> streamed = lines(stored);
            assertEquals(whole.size(), streamed.size(), "same number of quads");
            assertEquals(whole, streamed);
            assertEquals(whole.size(), quads, "the count is of distinct quads");
        } finally {
            TDBInternal.expel(stored);
        }
        assertTrue(SearchIndex.exists(gen.resolve(SearchIndex.FOLDER)), "the search index is in the generation");
    }

    @Test
    void theRealDataStreamedOneEntryAtATimeIsTheWholeGraph() {
        assertSameGraph(TestPaths.DATA, 1);
        assertSameGraph(TestPaths.DATA, StreamingBuild.ENTRIES_PER_UNIT);
    }

    @Test
    void syntheticDataStreamedInUnitsIsTheWholeGraph() throws Exception {
        Path dir = TestPaths.tempDir("synthetic-");
        new DataGenerator(120, 42).writeTo(dir);
        assertSameGraph(dir, 7);
    }

    @Test
    void lineageAcrossUnitsConformsAndViolationsKeepTheirMessages() throws Exception {
        CatalogueData real = new DataReader().read(TestPaths.DATA);
        assertTrue(StreamingBuild.check(real, 1).conforms(), StreamingBuild.check(real, 1).text());

        Path data = TestPaths.copyOfData();
        Path entry = data.resolve("entries/2503.05132.yaml");
        Files.writeString(entry, Files.readString(entry).replace("{id: grpo,", "{id: gpro,"));
        Path lineage = data.resolve("entries/2503.01785.yaml");
        String text = Files.readString(lineage);
        assertTrue(text.contains("buildsOn:\n"));
        Files.writeString(lineage, text.replace("buildsOn:\n", "buildsOn:\n  - {entry: \"2501.99999\", source: readme}\n"));
        CatalogueData broken = new DataReader().read(data);
        ShapesReport whole = GraphBuilder.validate(GraphBuilder.graph(broken));
        assertFalse(whole.conforms());
        assertTrue(whole.text().contains("algorithm:gpro"), whole.text());
        assertTrue(whole.text().contains("lineage points at a catalogue entry or a repository"), whole.text());
        assertEquals(whole.problems(), StreamingBuild.check(broken, 1).problems());
        assertEquals(whole.problems(), StreamingBuild.check(broken, 5).problems());
        // read by the tool, the unknown id is an input error at its line, before the shapes (docs/decisions/0015-strict-input.md)
        org.grpokg.catalogue.CatalogueException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                org.grpokg.catalogue.CatalogueException.class, () -> GraphBuilder.check(data));
        assertEquals(entry + ":38: algorithms: unknown algorithm 'gpro'", unknown.describe().substring(0, unknown.describe().indexOf(" (known")));
    }

    @Test
    void progressIsToldAndEnds() {
        CatalogueData data = new DataReader().read(TestPaths.DATA);
        StringWriter seen = new StringWriter();
        BuildProgress recording = new BuildProgress() {
            @Override
            public void update(long entries, long total, long quads) {
                seen.append(entries + "/" + total + " ");
            }

            @Override
            public void stage(String what) {
                seen.append(what).append(' ');
            }

            @Override
            public void finish() {
                seen.append("end");
            }
        };
        StreamingBuild.load(data, TestPaths.tempDir("progress-").resolve("gen"), recording, 5);
        String s = seen.toString();
        int n = data.catalogue().entries().size();
        assertTrue(s.startsWith("0/" + n + " 5/" + n + " "), s);
        assertTrue(s.contains(n + "/" + n + " indexing for search end"), s);
    }
}
