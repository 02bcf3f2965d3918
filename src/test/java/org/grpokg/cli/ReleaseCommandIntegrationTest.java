package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code grpo-kg release} on the command line: the folder it writes, its date, and one-line errors. */
class ReleaseCommandIntegrationTest {

    private static Path store;

    @BeforeAll
    static void build() {
        store = TestPaths.tempDir("release-cli-").resolve("store");
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", store.toString()).code());
    }

    @Test
    void writesTheReleaseDatedFromTheDataAndRefusesToOverwriteIt() throws Exception {
        Path out = TestPaths.tempDir("release-cli-out-").resolve("r");
        CliRun r = CliRun.of("release", "--store", store.toString(), "-o", out.toString(), "--tag", "0.2.0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("released " + out.toAbsolutePath()), r.out());
        // the newest day a work in data/ was issued: the survey, 2025-03-18
        assertTrue(Files.exists(out.resolve("grpo-kg-2025-03-18.nt.gz")), "dated from the data");
        assertTrue(Files.readString(out.resolve("void.ttl")).contains("\"0.2.0\""), "the version label");
        CliRun again = CliRun.of("release", "--store", store.toString(), "-o", out.toString());
        assertEquals(4, again.code());
        assertEquals(1, again.errLine().lines().count(), again.err());
        assertTrue(again.errLine().contains("exists already"), again.err());
    }

    @Test
    void aBadDateIsAUsageErrorAndWritesNothing() {
        Path out = TestPaths.tempDir("release-cli-bad-").resolve("r");
        CliRun r = CliRun.of("release", "--store", store.toString(), "-o", out.toString(), "--date", "2025-02-30");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errLine().contains("--date '2025-02-30' is not a day"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingPreviousReleaseIsBadInput() {
        Path out = TestPaths.tempDir("release-cli-since-").resolve("r");
        CliRun r = CliRun.of("release", "--store", store.toString(), "-o", out.toString(), "--since", out.resolveSibling("nope").toString());
        assertEquals(4, r.code(), r.err());
        assertTrue(r.errLine().contains("no such release folder"), r.err());
        assertFalse(Files.exists(out), "nothing half-written");
    }
}
