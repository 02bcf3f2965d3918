package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.grpokg.TestPaths;
import org.grpokg.generate.DataGenerator;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A build too big for its heap if it held the graph: 5,000 synthetic entries (about 600,000
 * quads) in a child JVM with 128 MB of heap. The in-memory build of the previous version ran out
 * of memory on this data at 64 MB (decision 0016); the streaming build needs more than 64 MB only
 * for TDB2's own node caches (up to 750,000 decoded nodes by default), a fixed cost, not one
 * that grows with the catalogue.
 * <p>
 * Reading is bounded too (decision 0019): {@code validate} of 6,000 entries whose last entry file
 * names an unknown algorithm reads the whole catalogue and every entry file in 24 MB of heap and
 * reports that file's line; the reader that held the catalogue (before 0019) ran out of memory
 * there while still parsing catalogue.md (measured: {@code OutOfMemoryError}, exit 1).
 */
@Tag("slow")
class SmallHeapBuildIntegrationTest {

    private static final int ENTRIES = 5_000;

    @Test
    void sixThousandEntriesAreReadAndCheckedIn24MegabytesOfHeap() throws Exception {
        Path dir = TestPaths.tempDir("small-heap-read-");
        Path data = dir.resolve("data");
        new DataGenerator(6_000, 42).writeTo(data);
        List<Path> files;
        try (Stream<Path> s = Files.list(data.resolve("entries"))) {
            files = s.sorted().toList();
        }
        // the last entry file (in the order they are read) that names an algorithm gets one no taxonomy declares
        Path last = null;
        for (int i = files.size() - 1; i >= 0 && last == null; i--) {
            if (Files.readString(files.get(i)).contains("algorithms: [{id: ")) {
                last = files.get(i);
            }
        }
        assertTrue(files.indexOf(last) >= files.size() - 20, "a file near the end: " + last);
        Files.writeString(last, Files.readString(last).replaceFirst("algorithms: \\[\\{id: [a-z-]+", "algorithms: [{id: no-such-algorithm"));
        Path err = dir.resolve("validate.err");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", cp, "org.grpokg.cli.Main", "validate", "--data", data.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "validate ended");
        String log = Files.readString(err);
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertEquals(4, p.exitValue(), log);
        assertTrue(log.matches("(?s)grpo-kg: \\S*" + java.util.regex.Pattern.quote(last.getFileName().toString())
                + ":\\d+: algorithms: unknown algorithm 'no-such-algorithm' .*"), log);
    }

    @Test
    void fiveThousandEntriesBuildIn128MegabytesOfHeap() throws Exception {
        Path dir = TestPaths.tempDir("small-heap-");
        Path data = dir.resolve("data");
        new DataGenerator(ENTRIES, 42).writeTo(data);
        Path store = dir.resolve("store");
        Path err = dir.resolve("build.err");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", cp, "org.grpokg.cli.Main", "build", "--data", data.toString(), "--store", store.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "the build ended");
        String log = Files.readString(err);
        assertEquals(0, p.exitValue(), log);
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertTrue(log.contains("grpo-kg: build: "), "progress lines when stderr is not a terminal: " + log);

        Dataset ds = new KgStore(store).open();
        try {
            long works = Txn.calculateRead(ds, () -> {
                try (QueryExecution q = QueryExecution.dataset(ds)
                        .query("SELECT (COUNT(?w) AS ?n) { ?w a <" + org.grpokg.rdf.GKG.Entry.getURI() + "> }").build()) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(ENTRIES, works);
        } finally {
            KgStore.release(ds);
        }
    }
}
