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
 * a broken archive is ignored without a word, and a newer jar gets a new archive; serve writes its
 * own archive when it is stopped, and the next serve loads Fuseki's classes from it (decision 0026).
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

    /** A launcher's serve in the background: its process, and the file its standard output goes to. */
    private record Serving(Process process, Path out) {
    }

    private static Serving serve(Path home, Path data, Path store, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("grpo-kg").toString(), "serve", "--port", "0", "--data", data.toString(),
                "--store", store.toString());
        pb.environment().remove("GRPO_KG_NO_CDS");
        pb.environment().remove("GRPO_KG_JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("GRPO_KG_JAVA_OPTS", javaOpts);
        }
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Path out = Files.createTempFile(home, "serve", ".txt");
        return new Serving(pb.redirectErrorStream(true).redirectOutput(out.toFile()).start(), out);
    }

    /** Waits for the first answer of the server, then stops it as a service manager would (TERM to the launcher). */
    private static int answerThenStop(Serving s) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String base = null;
        while (base == null && System.nanoTime() < deadline && s.process().isAlive()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Home: +(http://\\S+/)").matcher(Files.readString(s.out()));
            if (m.find()) {
                base = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertTrue(base != null, "the server started: " + Files.readString(s.out()));
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "kg/sparql")).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        List<ProcessHandle> java = s.process().descendants().toList();
        s.process().destroy(); // SIGTERM to the launcher
        try {
            assertTrue(s.process().waitFor(2, TimeUnit.MINUTES), "the launcher stopped");
            for (ProcessHandle h : java) {
                assertTrue(h.onExit().completeOnTimeout(h, 1, TimeUnit.MINUTES).get() != null && !h.isAlive(),
                        "the launcher's Java stopped with it, not left running: " + h.info().commandLine().orElse("?"));
            }
        } finally {
            java.forEach(ProcessHandle::destroyForcibly);
        }
        return s.process().exitValue();
    }

    @Test
    void serveWritesItsOwnArchiveWhenStoppedAndTheNextServeLoadsFusekiFromIt() throws Exception {
        Path jar = Path.of("target", "grpo-kg.jar");
        assertTrue(Files.isRegularFile(jar), "run after package");
        Path home = TestPaths.tempDir("launcher-serve-");
        Files.copy(Path.of("grpo-kg"), home.resolve("grpo-kg"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(jar, home.resolve("target/grpo-kg.jar"));
        Path data = TestPaths.copyOfData();
        Path store = home.resolve("store");

        int first = answerThenStop(serve(home, data, store, null));
        assertEquals(143, first, "stopped by TERM, passed on to Java");
        List<Path> written = archives(home);
        assertEquals(1, written.size(), "one archive: " + written);
        assertTrue(written.get(0).getFileName().toString().startsWith("grpo-kg-serve-"), written.toString());
        assertTrue(Files.size(written.get(0)) > 1_000_000, "a real archive");
        try (Stream<Path> s = Files.list(home.resolve("target/cds"))) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary archive left behind");
        }

        Path classes = home.resolve("classes.txt");
        answerThenStop(serve(home, data, store, "-Xlog:class+load:file=" + classes));
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("org.apache.jena.fuseki.main.FusekiServer source: shared objects file (top)"),
                "Fuseki's classes come from serve's archive");
        assertTrue(loaded.contains("org.grpokg.server.KgServer source: shared objects file (top)"), "and ours");
        assertEquals(1, archives(home).size(), "a serve with an archive writes none");
    }
}
