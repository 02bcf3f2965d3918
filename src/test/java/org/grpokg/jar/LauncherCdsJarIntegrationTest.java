package org.grpokg.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class-data-sharing archive (docs/decisions/0017), on a copy of the launcher and
 * the packaged jar in a temporary home: the first run writes target/cds/*.jsa, later runs use it,
 * a broken archive is ignored without a word, and a newer jar gets a new archive.
 */
class LauncherCdsJarIntegrationTest {

    private record Run(int code, String out, String err) {
    }

    private static Run launch(Path home, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", home.resolve("grpo-kg").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("GRPO_KG_NO_CDS");
        pb.environment().remove("GRPO_KG_JAVA_OPTS");
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> archives(Path home) throws IOException {
        Path cds = home.resolve("target/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cds)) {
            return s.filter(p -> p.toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void archiveWrittenUsedIgnoredWhenBrokenAndRenewedWithTheJar() throws Exception {
        Path jar = Path.of("target", "grpo-kg.jar");
        assertTrue(Files.isRegularFile(jar), "run after package");
        Path home = TestPaths.tempDir("launcher-");
        Files.copy(Path.of("grpo-kg"), home.resolve("grpo-kg"));
        Files.createDirectories(home.resolve("target"));
        Path copy = Files.copy(jar, home.resolve("target/grpo-kg.jar"));

        Run first = launch(home, "validate", "--data", Path.of("data").toAbsolutePath().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("conforms"), first.out());
        assertEquals(1, archives(home).size(), "the first run leaves one archive");
        Path archive = archives(home).get(0);
        assertTrue(Files.size(archive) > 1_000_000, "a real archive");

        Run version = launch(home, "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("grpo-kg "), version.out());
        Run second = launch(home, "--version");
        assertEquals(version.out(), second.out());
        assertEquals("", second.err(), "nothing said about the archive");

        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        Run broken = launch(home, "--version");
        assertEquals(0, broken.code(), broken.err());
        assertEquals(version.out(), broken.out());
        assertFalse(broken.err().contains("cds") || broken.err().contains("shared"), "falls back quietly: " + broken.err());

        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Run renewed = launch(home, "validate", "--data", Path.of("data").toAbsolutePath().toString());
        assertEquals(0, renewed.code(), renewed.err());
        assertTrue(Files.size(archive) > 1_000_000, "a newer jar gets a new archive");
        try (Stream<Path> s = Files.list(home.resolve("target/cds"))) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary archive left behind");
        }
    }
}
