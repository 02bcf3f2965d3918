package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.catalogue.CatalogueReader;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code grpo-kg render} from a TDB2 store built by {@code grpo-kg build}. */
class RenderCommandIntegrationTest {

    private static Path store;

    @BeforeAll
    static void build() {
        store = TestPaths.tempDir("render-store-").resolve("kg-store");
        CliRun r = CliRun.of("build", "--data", "data", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static List<String> listed(Catalogue c) {
        return c.entries().stream().map(e -> String.join(" | ", e.section(), e.title(), String.valueOf(e.date()),
                String.valueOf(e.paperUrl()), String.valueOf(e.repoUrl()), String.valueOf(e.linkLabel()))).toList();
    }

    @Test
    void rendersTheCatalogueFromTheStore() {
        CliRun r = CliRun.of("render", "--data", "data", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Catalogue back = new CatalogueReader().read(r.out(), "rendered");
        Catalogue original = new CatalogueReader().read(Path.of("data/catalogue.md"));
        assertEquals(listed(original), listed(back));
        assertEquals(original.entries().stream().map(Entry::key).toList(), back.entries().stream().map(Entry::key).toList());
    }

    @Test
    void writesAFile() throws IOException {
        Path out = TestPaths.tempDir("render-out-").resolve("catalogue.md");
        CliRun r = CliRun.of("render", "--store", store.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(16, new CatalogueReader().read(out).entries().size());
        assertTrue(Files.readString(out).startsWith("# Deepseek RL (GRPO)-Inspired Research"));
    }

    /**
     * With a server recorded for the store, render asks it over SPARQL. The server here runs in this JVM
     * on port 0 and serves a graph with another title; the record names the parent process (alive, not
     * this one), as a record written by 'grpo-kg serve' in another process would.
     */
    @Test
    void rendersThroughARunningServer() throws IOException {
        Catalogue data = new CatalogueReader().read(Path.of("data/catalogue.md"));
        Catalogue served = new Catalogue("Served Over SPARQL", data.introduction(), data.sections());
        Path withServer = TestPaths.tempDir("render-served-");
        try (RunningServer server = KgServer.start(GraphBuilder.graph(CatalogueData.of(served)).asDatasetGraph(), 0, true)) {
            long otherLiveProcess = ProcessHandle.current().parent().orElseThrow().pid();
            new ServerRecord(otherLiveProcess, server.baseUrl()).write(withServer);
            CliRun r = CliRun.of("render", "--store", withServer.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("# Served Over SPARQL\n"), r.out());
            assertEquals(listed(data), listed(new CatalogueReader().read(r.out(), "served")));
        } finally {
            ServerRecord.remove(withServer);
        }
    }

    @Test
    void withoutAStoreExitsFourWithOneLine() {
        Path none = TestPaths.tempDir("render-none-");
        CliRun r = CliRun.of("render", "--store", none.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("grpo-kg: no complete store at "), r.err());
    }
}
