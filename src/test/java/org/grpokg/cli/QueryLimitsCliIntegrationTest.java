package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServerRecord;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query limits on the command line, on the local store and through a running server: a query
 * stopped by a limit prints nothing and exits with one line (2 too large, 5 too deep, 8 out of
 * time or over the result limit).
 */
class QueryLimitsCliIntegrationTest {

    /** Counting a cross product of the whole graph with itself three times: hours of work, one row. */
    private static final String CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static Path store;

    @BeforeAll
    static void buildOnce() {
        store = TestPaths.tempDir("limits-cli-").resolve("store");
        CliRun r = CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static void assertStoppedWithOneLine(CliRun r, int code, String start) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.errLine().lines().count(), "one line: " + r.err());
        assertTrue(r.errLine().startsWith("grpo-kg: " + start), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out(), "nothing printed: an incomplete result never passes for a complete one");
    }

    @Test
    void aQueryFileOverTheSizeLimitIsAUsageErrorBeforeParsing() throws Exception {
        Path big = TestPaths.tempDir("limits-big-").resolve("q.rq");
        // the fault's query: a long comment (parsing time grows with the square of its length)
        Files.writeString(big, "SELECT * {?s ?p ?o} LIMIT 1 #" + "a".repeat(2 << 20));
        CliRun r = CliRun.of("query", big.toString(), "--store", store.toString());
        assertStoppedWithOneLine(r, 2, big + ": query too large: 2097181 bytes, over the limit of 262144 bytes");
        CliRun small = CliRun.of("query", "-e", "SELECT * {?s ?p ?o} LIMIT 1 # a long comment", "--max-query-size", "16",
                "--store", store.toString());
        assertStoppedWithOneLine(small, 2, "query too large: 44 bytes, over the limit of 16 bytes");
        CliRun fits = CliRun.of("query", "-e", "ASK {} # a comment", "--max-query-size", "1K", "--store", store.toString());
        assertEquals(0, fits.code(), fits.err());
        assertEquals("yes\n", fits.out());
    }

    @Test
    void deepNestingIsAMalformedQueryWithOneClearLine() throws Exception {
        Path deep = TestPaths.tempDir("limits-deep-").resolve("deep.rq");
        Files.writeString(deep, "SELECT * " + "{".repeat(2000) + "?s ?p ?o" + "}".repeat(2000));
        CliRun r = CliRun.of("query", deep.toString(), "--store", store.toString());
        assertStoppedWithOneLine(r, 5, deep + ": query nested too deeply (over 100 levels of braces, parentheses or brackets)");
    }

    @Test
    void aRunawayQueryStopsAtTheTimeoutAndPrintsNothing() {
        CliRun r = CliRun.of("query", "-e", CROSS, "--format", "csv", "--timeout", "1", "--store", store.toString());
        assertStoppedWithOneLine(r, 8, "query timed out after 1 s while running");
    }

    @Test
    void aResultOverTheLimitIsRefusedWhole() {
        CliRun r = CliRun.of("query", "-e", "SELECT * { ?s ?p ?o }", "--format", "csv", "--max-results", "100", "--store", store.toString());
        assertStoppedWithOneLine(r, 8, "result too large: over 100 rows (the limit); narrow the query or add LIMIT");
        CliRun ok = CliRun.of("query", "-e", "SELECT * { ?s ?p ?o } LIMIT 100", "--format", "csv", "--max-results", "100",
                "--store", store.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(101, ok.out().split("\r\n").length, "a header and the 100 rows");
    }

    @Test
    void throughARunningServerLimitsAreOneLineAndNothingIsPrinted() throws Exception {
        Path served = TestPaths.tempDir("limits-served-").resolve("store");
        Workspace ws = Workspace.of(TestPaths.DATA, served);
        ws.build();
        Dataset ds = ws.kgStore().open();
        QueryLimits serverLimits = new QueryLimits(4096, Duration.ofSeconds(2), 500);
        try (RunningServer server = KgServer.start(ds.asDatasetGraph(), 0, true, null, serverLimits)) {
            long other = ProcessHandle.current().parent().orElseThrow().pid();
            new ServerRecord(other, server.baseUrl()).write(served);
            Files.writeString(served.resolve("tdb.lock"), Long.toString(other));
            // the server's 2 s limit stops it, though the command line would allow 60 s
            CliRun slow = CliRun.of("query", "-e", CROSS, "--format", "csv", "--store", served.toString());
            assertStoppedWithOneLine(slow, 8, "the running server stopped the query: query timed out after 2 s");
            // a shorter limit of the command line is passed on to the server
            CliRun shorter = CliRun.of("query", "-e", CROSS, "--timeout", "1", "--store", served.toString());
            assertStoppedWithOneLine(shorter, 8, "query timed out after 1 s on the running server");
            CliRun many = CliRun.of("query", "-e", "SELECT * { ?s ?p ?o }", "--format", "csv", "--store", served.toString());
            assertStoppedWithOneLine(many, 8, "the running server refused the result: result too large: over 500 rows");
            // the command line sends the parsed query (comments dropped): a long literal stays
            CliRun large = CliRun.of("query", "-e", "ASK { FILTER(\"" + "a".repeat(5000) + "\" != \"b\") }", "--store", served.toString());
            assertStoppedWithOneLine(large, 2, "the running server refused the query: query too large: ");
            CliRun fine = CliRun.of("query", "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--format", "csv", "--store", served.toString());
            assertEquals(0, fine.code(), fine.err());
            assertTrue(fine.out().startsWith("n\r\n"), fine.out());
        } finally {
            ServerRecord.remove(served);
            KgStore.release(ds);
        }
    }
}
