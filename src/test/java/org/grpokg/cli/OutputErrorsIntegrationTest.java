package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A write error (full disk, failing device) ends every command with exit 7 and one line, never exit 0. */
class OutputErrorsIntegrationTest {

    private static Path store;

    @BeforeAll
    static void buildOnce() {
        store = TestPaths.tempDir("output-errors-").resolve("store");
        assertEquals(0, CliRun.of("build", "--data", TestPaths.DATA.toString(), "--store", store.toString()).code());
    }

    /** Standard output that fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliRun onFullDisk(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = Main.commandLine(new FullDisk(), err);
        int code = cl.execute(args);
        cl.getErr().flush();
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private static void assertWriteError(CliRun r, String line) {
        assertEquals(7, r.code(), r.err());
        assertEquals(line, r.errLine());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void everyCommandWritingToStandardOutputReportsTheFailure() {
        String full = "grpo-kg: cannot write standard output: No space left on device";
        String s = store.toString();
        assertWriteError(onFullDisk("export", "--store", s), full);
        assertWriteError(onFullDisk("export", "--format", "ntriples", "--store", s), full);
        assertWriteError(onFullDisk("query", "00", "--format", "csv", "--store", s), full);
        assertWriteError(onFullDisk("query", "-e", "ASK {}", "--store", s), full);
        assertWriteError(onFullDisk("render", "--store", s), full);
        assertWriteError(onFullDisk("validate", "--data", TestPaths.DATA.toString()), full);
        assertWriteError(onFullDisk("import", "src/test/resources/import/bullets.md"), full);
        assertWriteError(onFullDisk("compare", "--store", s), full);
        assertWriteError(onFullDisk("stats", "--store", s), full);
        assertWriteError(onFullDisk("query", "--list"), full);
    }

    @Test
    void devFullIsWrittenNotReplacedAndTheErrorReported() {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull) && !Files.isRegularFile(devFull), "no /dev/full on this system");
        CliRun export = CliRun.of("export", "--store", store.toString(), "-o", "/dev/full");
        assertWriteError(export, "grpo-kg: cannot write /dev/full: No space left on device");
        CliRun render = CliRun.of("render", "--store", store.toString(), "-o", "/dev/full");
        assertWriteError(render, "grpo-kg: cannot write /dev/full: No space left on device");
        assertFalse(Files.isRegularFile(devFull), "the device is still a device, not a file renamed over it");
    }

    @Test
    void aFileTargetIsStillWrittenWholeAndInPlace() throws IOException {
        Path out = TestPaths.tempDir("output-ok-").resolve("graph.ttl");
        CliRun r = CliRun.of("export", "--store", store.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out) > 1000);
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }
}
