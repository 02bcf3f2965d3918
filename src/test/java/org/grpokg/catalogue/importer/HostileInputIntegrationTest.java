package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.grpokg.TestPaths;
import org.grpokg.catalogue.CatalogueException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Input that is not a list anyone wrote: binary junk, another encoding, a 50 MB file. */
class HostileInputIntegrationTest {

    private final Path tmp = TestPaths.tempDir("hostile-");

    @Test
    void binaryJunkIsNotMarkdown() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[100] = 0;
        Path file = Files.write(tmp.resolve("junk.md"), junk);
        CatalogueException e = assertThrows(CatalogueException.class, () -> ImportRun.of(file));
        assertTrue(e.describe().startsWith(file + ":"), e.describe());
        assertTrue(e.getMessage().startsWith("not a Markdown text file"), e.getMessage());
    }

    @Test
    void textWithNulBytesIsBinary() throws IOException {
        Path file = Files.write(tmp.resolve("nul.md"), "# Title\n\n- a\u0000b [x](https://github.com/a/b)\n".getBytes(StandardCharsets.UTF_8));
        CatalogueException e = assertThrows(CatalogueException.class, () -> ImportRun.of(file));
        assertEquals(file + ":3: not a Markdown text file: binary content (NUL bytes)", e.describe());
    }

    @Test
    void latin1IsNotUtf8AndTheLineIsNamed() throws IOException {
        Path file = Files.write(tmp.resolve("latin1.md"),
                "# Liste\n\n- Caf\u00e9 [paper](https://arxiv.org/abs/2501.00001)\n".getBytes(StandardCharsets.ISO_8859_1));
        CatalogueException e = assertThrows(CatalogueException.class, () -> ImportRun.of(file));
        assertEquals(file + ":3: not a Markdown text file: not UTF-8 text", e.describe());
    }

    @Test
    void anAbsurdlyLongLineIsSkippedAndTheRestRead() throws IOException {
        Path file = tmp.resolve("long.md");
        Files.writeString(file, "# L\n\n## S\n\n- " + "x".repeat(MarkdownSource.MAX_LINE_CHARS + 1)
                + "\n- Fine [paper](https://arxiv.org/abs/2501.00001)\n");
        ImportRun run = ImportRun.of(file);
        assertEquals(List.of("2501.00001"), run.keys());
        assertEquals(1, run.report().count(ImportProblem.Kind.LINE_TOO_LONG), run.text());
    }

    /**
     * A 50 MB list, imported by the real command in a JVM of its own with a 256 MB heap: holding its
     * entries (or the file, or its syntax tree) would not fit, so this checks that the import streams.
     */
    @Test
    @Tag("slow")
    void fiftyMegabytesImportInBoundedMemory() throws Exception {
        Path big = org.grpokg.TestPaths.tempDir("import-50mb-");
        Path md = big.resolve("big.md");
        Generated g = generate(md, 50L * 1024 * 1024);
        Path yaml = big.resolve("big.yaml");
        Path err = big.resolve("big.err");
        Files.deleteIfExists(yaml);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", cp, "org.grpokg.cli.Main", "import", md.toString(), "-o", yaml.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // a guard against a hang only, far above the time it takes (about 20 s on two quiet cores):
        // speed is the benchmark's to measure, not a test's (these machines are noisy)
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("import of 50 MB did not finish in 20 minutes");
        }
        String report = Files.readString(err);
        assertEquals(0, p.exitValue(), report);
        assertTrue(!report.contains("OutOfMemoryError") && !report.contains("\tat "), "no trace: " + report);
        assertTrue(report.contains(String.format("%,d entries, %,d skipped", g.entries, g.skipped)), g + "\n" + tail(report));
        long progress = report.lines().filter(l -> l.contains(": line ") && l.contains(" of ")).count();
        assertTrue(progress >= 5, "progress lines for a large file: " + progress);
        // the repeats carry the id of the bullet before under another title
        assertTrue(report.contains("(further 'one arXiv id under two titles' problems are counted, not shown)"), tail(report));
        assertTrue(report.contains("(further 'unreadable table row' problems are counted, not shown)"), tail(report));
        assertTrue(report.lines().count() < 400, "the report stays readable: " + report.lines().count() + " lines");
        long documents;
        try (Stream<String> lines = Files.lines(yaml)) {
            documents = lines.filter(l -> l.startsWith("entry: ")).count();
        }
        assertEquals(g.entries, documents);
        Files.delete(md);
        Files.delete(yaml);
    }

    private record Generated(long entries, long skipped) {
    }

    /** Sections of 500 bullets and 300 table rows, unique arXiv ids, every 1000th bullet a repeat, every 500th row broken. */
    private static Generated generate(Path file, long bytes) throws IOException {
        long n = 0;
        long entries = 0;
        long skipped = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# A very long list\n\n");
            long written = 0;
            int section = 0;
            while (written < bytes) {
                StringBuilder sb = new StringBuilder("\n## Section ").append(++section).append("\n\n");
                for (int i = 0; i < 500; i++) {
                    long k = n++;
                    boolean repeat = k % 1000 == 999;
                    sb.append(String.format("- **[Image]** Entry %d: A Generated Title [[paper]](https://arxiv.org/abs/%s)"
                            + " [[code]](https://github.com/lab-%d/repo-%d)%n", k, id(repeat ? k - 1 : k), k % 977, k));
                    if (repeat) {
                        skipped++;
                    } else {
                        entries++;
                    }
                }
                sb.append("\n| Date | Paper | Code |\n| --- | --- | --- |\n");
                for (int i = 0; i < 300; i++) {
                    long k = n++;
                    if (k % 500 == 0) {
                        sb.append("a line that is not a row\n");
                        skipped++;
                        continue;
                    }
                    sb.append(String.format("| 25.03 | [Row %d: A Generated Row](https://arxiv.org/pdf/%sv2) | [GitHub](https://github.com/lab-%d/row-%d) |%n",
                            k, id(k), k % 977, k));
                    entries++;
                }
                w.write(sb.toString());
                written += sb.length();
            }
        }
        return new Generated(entries, skipped);
    }

    private static String id(long k) {
        return String.format("%02d%02d.%05d", 23 + k / 1_200_000, 1 + (k / 100_000) % 12, k % 100_000);
    }

    private static String tail(String s) {
        return s.length() < 3000 ? s : s.substring(s.length() - 3000);
    }
}
