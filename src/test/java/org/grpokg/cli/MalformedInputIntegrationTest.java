package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the malformed-input corpus ({@code src/test/resources/malformed/}, format in its
 * README.md) through the command line in-process: the documented exit code, one line on stderr
 * matching the case's message, no Java in it, and no half-written store.
 */
class MalformedInputIntegrationTest {

    static final Path CORPUS = Path.of("src/test/resources/malformed");
    private static final Path BASE = CORPUS.resolve("_base/data");
    /** Words that only a leaked exception or stack trace would print. */
    private static final Pattern JAVA = Pattern.compile("Exception|\\bat org\\.|\\bat java\\.|\\b(?:java|javax|org|com)\\.[a-z]+\\.[A-Za-z]"
            + "|\\b[A-Z][A-Za-z]+(?:Exception|Error|Yaml)\\b|\\$[A-Z]|ArrayList|HashMap");

    private static Path baseData;
    private static Path baseStore;

    /** One case: its folder and what its expect file says. */
    record Case(Path dir, List<String> args, int exit, Pattern message, int lines, boolean builtStore, List<String> remove) {
        @Override
        public String toString() {
            return dir.getFileName().toString();
        }
    }

    @BeforeAll
    static void buildBase() {
        Path tmp = TestPaths.tempDir("malformed-base-");
        baseData = tmp.resolve("data");
        copy(BASE, baseData);
        baseStore = tmp.resolve("store");
        CliRun r = CliRun.of("build", "--data", baseData.toString(), "--store", baseStore.toString());
        assertEquals(0, r.code(), "the corpus's base data builds: " + r.err());
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isDirectory(dir) && !dir.getFileName().toString().startsWith("_")) {
                    out.add(read(dir));
                }
            }
        }
        assertTrue(out.size() >= 60, "at least 60 cases: " + out.size());
        return out.stream();
    }

    static Case read(Path dir) throws IOException {
        Map<String, String> keys = new TreeMap<>();
        List<String> remove = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expect"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("remove")) {
                remove.add(value);
            } else {
                keys.put(key, value);
            }
        }
        return new Case(dir, split(keys.get("args")), Integer.parseInt(keys.get("exit")), Pattern.compile(keys.get("message")),
                Integer.parseInt(keys.getOrDefault("lines", "1")), "built".equals(keys.get("store")), remove);
    }

    /** Splits a command line on blanks; single quotes hold blanks. */
    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    args.add(sb.toString());
                }
                sb.setLength(0);
                any = false;
            } else {
                sb.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(sb.toString());
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseFailsWithItsCodeAndOneClearLine(Case c) throws IOException {
        Path tmp = TestPaths.tempDir("malformed-" + c + "-");
        Path data = tmp.resolve("data");
        Path store = tmp.resolve("store");
        copy(BASE, data);
        for (String r : c.remove()) {
            delete(data.resolve(r));
        }
        if (Files.isDirectory(c.dir().resolve("data"))) {
            copy(c.dir().resolve("data"), data);
        }
        if (c.builtStore()) {
            CliRun b = CliRun.of("build", "--data", baseData.toString(), "--store", store.toString());
            assertEquals(0, b.code(), b.err());
        }
        Map<String, String> before = snapshot(store);
        String[] args = c.args().stream().map(a -> a.replace("{data}", data.toString()).replace("{store}", store.toString())
                .replace("{case}", c.dir().toAbsolutePath().toString()).replace("{out}", tmp.resolve("out").toString())
                .replace("{basedata}", baseData.toString()).replace("{basestore}", baseStore.toString())).toArray(String[]::new);

        CliRun r = CliRun.of(args);

        String err = r.err().strip();
        assertEquals(c.exit(), r.code(), c + " exit code; stderr: " + err);
        if (c.exit() == 0) {
            // an accepted case: nothing on stderr, the message on stdout
            assertEquals("", err, c + ": nothing on stderr");
            assertTrue(c.message().matcher(r.out()).find(), c + ": message /" + c.message() + "/ not in: " + r.out());
            return;
        }
        List<String> lines = err.lines().toList();
        if (c.lines() == 1) {
            assertEquals(1, lines.size(), c + ": one line on stderr, not:\n" + err);
        } else {
            assertTrue(lines.size() >= 1 && lines.size() <= c.lines(), c + ": 1 to " + c.lines() + " lines on stderr, not:\n" + err);
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("grpo-kg: "), c + ": the line says who speaks: " + last);
        assertTrue(c.message().matcher(err).find(), c + ": message /" + c.message() + "/ not in: " + err);
        assertFalse(JAVA.matcher(err).find(), c + ": no Java in the message: " + err);
        assertEquals(before, snapshot(store), c + ": the store is absent or unchanged");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("data") && !n.equals("store") && !n.equals("out") && !n.contains("lock")).toList(),
                    c + ": nothing left beside the store (a lock file aside)");
        }
    }

    /** File path to SHA-256 of every file under a folder; empty when it is absent. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                MessageDigest md = sha256();
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    if (Files.isRegularFile(target)) {
                        Files.delete(target);
                    }
                    Files.createDirectories(target);
                } else {
                    if (Files.isDirectory(target)) {
                        delete(target);
                    }
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
