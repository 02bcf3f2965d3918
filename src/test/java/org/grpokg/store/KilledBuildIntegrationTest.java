package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A build killed at each point of the swap ({@code kill -9} simulated by halting a child JVM at a
 * {@link FaultPoint}) leaves a complete, readable store at the path, and the next build removes
 * what it left.
 */
@org.junit.jupiter.api.Tag("slow")
class KilledBuildIntegrationTest {

    @ParameterizedTest
    @EnumSource(FaultPoint.class)
    void aKilledBuildLeavesAReadableStoreAndTheNextBuildCleansUp(FaultPoint point) throws Exception {
        Path dir = TestPaths.tempDir("killed-").resolve("store");
        Workspace ws = Workspace.of(TestPaths.DATA, dir);
        ws.build();
        KgStore store = ws.kgStore();
        Path before = store.current().orElseThrow();
        long quads = size(store);

        Path err = dir.resolveSibling("child.err");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dgrpokg.store.haltAt=" + point.name(), "-cp", cp, "org.grpokg.cli.Main",
                "build", "--data", TestPaths.DATA.toString(), "--store", dir.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the child build ended");
        assertEquals(137, p.exitValue(), Files.readString(err));
        assertTrue(Files.readString(err).contains("halting at " + point.name()), Files.readString(err));

        // the path holds a complete store: the old generation, or the new one once switched
        Path after = store.current().orElseThrow();
        if (point == FaultPoint.AFTER_SWITCH) {
            assertNotEquals(before, after);
        } else {
            assertEquals(before, after);
        }
        assertTrue(store.isFresh(ws.fingerprint()));
        assertEquals(quads, size(store));
        assertEquals(2, StoreGenerationsIntegrationTest.count(dir, Generations.PREFIX), "the killed build left a generation");

        ws.build();
        assertEquals(1, StoreGenerationsIntegrationTest.count(dir, Generations.PREFIX), "the next build removed it");
        assertEquals(quads, size(store));
    }

    private static long size(KgStore store) {
        Dataset ds = store.open();
        try {
            return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        } finally {
            KgStore.release(ds);
        }
    }
}
