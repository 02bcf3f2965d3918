package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.grpokg.TestPaths;
import org.grpokg.catalogue.CatalogueException;
import org.grpokg.cli.CliRunAccess;
import org.grpokg.cli.ExitCodes;
import org.grpokg.model.SourcePosition;
import org.grpokg.store.FaultPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build maps and checks on one thread and loads on another (decision 0022): a failure in
 * either ends the build with the failure's exit code, stops the other thread, and leaves the
 * live generation as it was, with no half-written one beside it.
 */
class BuildThreadsIntegrationTest {

    @AfterEach
    void noHooks() {
        StreamingBuild.checkedHook = null;
        FaultPoint.setHook(null);
    }

    private static Path builtStore() throws Exception {
        Path store = TestPaths.tempDir("threads-").resolve("store");
        assertEquals(ExitCodes.OK, build(store));
        return store;
    }

    private static int build(Path store) {
        return CliRunAccess.run("build", "--data", TestPaths.DATA.toString(), "--store", store.toString());
    }

    private static void assertUnchanged(Path store, String live) throws Exception {
        assertEquals(live, Files.readString(store.resolve("current")), "the generation is switched only on success");
        try (Stream<Path> s = Files.list(store)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "no half-written generation is left");
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("grpo-kg-map") && t.isAlive()),
                "the mapping thread has ended");
        // and the store still builds
        assertEquals(ExitCodes.OK, build(store));
    }

    @Test
    void aFailureWhileMappingEndsTheBuildWithItsExitCode() throws Exception {
        Path store = builtStore();
        String live = Files.readString(store.resolve("current"));
        AtomicInteger units = new AtomicInteger();
        StreamingBuild.checkedHook = v -> {
            if (units.incrementAndGet() == 2) {
                throw new CatalogueException(new SourcePosition("entries/x.yaml", 3), "cannot be read (simulated)");
            }
        };
        assertEquals(ExitCodes.BAD_INPUT, build(store));
        assertEquals(2, units.get(), "mapping stopped at the failure");
        StreamingBuild.checkedHook = null;
        assertUnchanged(store, live);
    }

    @Test
    void aFailureWhileLoadingStopsTheMappingThreadAndEndsTheBuild() throws Exception {
        Path store = builtStore();
        String live = Files.readString(store.resolve("current"));
        AtomicInteger unitsAfter = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        StreamingBuild.checkedHook = v -> {
            if (failed.get() > 0) {
                unitsAfter.incrementAndGet();
            }
        };
        FaultPoint.setHook(point -> {
            if (point == FaultPoint.LOADING) {
                failed.incrementAndGet();
                throw new IllegalStateException("no space left on device (simulated)");
            }
        });
        assertEquals(ExitCodes.INTERNAL, build(store));
        assertEquals(1, failed.get());
        assertTrue(unitsAfter.get() <= StreamingBuild.QUEUED_UNITS + 1, "mapping went on for " + unitsAfter.get() + " units");
        FaultPoint.setHook(null);
        assertUnchanged(store, live);
    }
}
