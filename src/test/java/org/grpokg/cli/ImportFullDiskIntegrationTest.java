package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code import LIST -o DIR/} onto a disk that fills up: exit 7 with one line naming the file,
 * and no truncated entry file left behind (a later run would keep it as "exists, not overwritten").
 * The full disk is a 12 KiB tmpfs mounted in a temporary folder; without the right to mount
 * (not root, or a container that forbids it) the test is skipped.
 */
class ImportFullDiskIntegrationTest {

    @Test
    void aFolderImportOntoAFullDiskExitsSevenAndLeavesOnlyWholeFiles() throws Exception {
        Path mount = TestPaths.tempDir("import-full-disk-").resolve("small");
        Files.createDirectories(mount);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", mount.toString()) == 0,
                "cannot mount a small tmpfs here (needs root)");
        try {
            Path out = mount.resolve("entries");
            CliRun r = CliRun.of("import", "src/test/resources/import/dates.md", "-o", out + "/");
            assertEquals(7, r.code(), r.err());
            assertTrue(r.errLine().matches("grpo-kg: cannot write " + java.util.regex.Pattern.quote(out.toString())
                    + "/\\S+\\.yaml: No space left on device"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            List<Path> files;
            try (var s = Files.list(out)) {
                files = s.toList();
            }
            assertFalse(files.isEmpty(), "the entries that fitted were written");
            for (Path f : files) {
                JsonNode doc = yaml.readTree(f.toFile());
                assertTrue(doc != null && doc.hasNonNull("entry") && doc.hasNonNull("listing"), f + " is a whole entry file");
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
