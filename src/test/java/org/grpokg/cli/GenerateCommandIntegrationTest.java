package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grpo-kg generate}: its output builds, validates and answers the library; same seed, same bytes. */
class GenerateCommandIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void generatedFolderBuildsValidatesAndAnswers() {
        Path data = tmp.resolve("data");
        Path store = tmp.resolve("store");
        CliRun g = CliRun.of("generate", "--entries", "300", "--seed", "3", "-o", data.toString());
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().startsWith("wrote ") && g.out().contains("300 entries"), g.out());

        CliRun b = CliRun.of("build", "--data", data.toString(), "--store", store.toString());
        assertEquals(0, b.code(), b.out() + b.err());
        CliRun v = CliRun.of("validate", "--data", data.toString());
        assertEquals(0, v.code(), v.out() + v.err());

        CliRun entries = query(data, store, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a gkg:Entry }");
        assertEquals("n\r\n300\r\n", entries.out(), entries.err());
        // long tail: the most used base model serves many entries, the tail one or two
        CliRun top = query(data, store, "SELECT ?m (COUNT(DISTINCT ?e) AS ?n) { ?e gkg:baseModel ?m } GROUP BY ?m ORDER BY DESC(?n) LIMIT 1");
        int most = Integer.parseInt(top.out().lines().skip(1).findFirst().orElseThrow().replaceFirst(".*,", ""));
        assertTrue(most >= 30, "the most used base model is used by " + most + " entries");
        // lineage chains two steps long, and the list's mistakes recorded as corrections
        assertTrue(ask(data, store, "ASK { ?a gkg:buildsOn ?b . ?b gkg:buildsOn ?c }"));
        assertTrue(ask(data, store, "ASK { ?r gkg:hasCorrection [ gkg:correctedField \"date\" ] }"));
        assertTrue(ask(data, store, "ASK { ?r gkg:hasCorrection [ gkg:correctedField \"paper\" ] }"), "the same work listed twice");
        assertTrue(ask(data, store, "ASK { ?e a gkg:RepositoryProject } "));
        assertTrue(ask(data, store, "ASK { ?e a gkg:Survey } "));
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertEquals(0, CliRun.of("generate", "--entries", "200", "-o", a.toString()).code());
        assertEquals(0, CliRun.of("generate", "--entries", "200", "-o", b.toString()).code());
        assertEquals(0, CliRun.of("generate", "--entries", "200", "--seed", "43", "-o", c.toString()).code());
        List<Path> files = files(a);
        assertEquals(files, files(b));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        assertNotEquals(Files.readString(a.resolve("catalogue.md")), Files.readString(c.resolve("catalogue.md")));
        assertNotEquals(files, files(c), "another seed gives other arXiv ids and repositories");
    }

    @Test
    void refusesANonEmptyFolderUnlessForced() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        CliRun refused = CliRun.of("generate", "--entries", "20", "-o", out.toString());
        assertEquals(ExitCodes.USAGE, refused.code());
        assertEquals(1, refused.errLine().lines().count(), refused.err());
        assertTrue(refused.errLine().contains("not empty"), refused.err());
        assertFalse(Files.exists(out.resolve("catalogue.md")));

        assertEquals(0, CliRun.of("generate", "--entries", "50", "-o", out.toString(), "--force").code());
        assertEquals(0, CliRun.of("generate", "--entries", "20", "-o", out.toString(), "--force").code());
        try (Stream<Path> s = Files.list(out.resolve("entries"))) {
            assertEquals(20, s.count(), "--force replaces the entries of the earlier, larger run");
        }
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));

        Path file = Files.writeString(tmp.resolve("file"), "x");
        CliRun notFolder = CliRun.of("generate", "--entries", "5", "-o", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, notFolder.code());
        assertEquals(1, notFolder.errLine().lines().count(), notFolder.err());
        CliRun zero = CliRun.of("generate", "--entries", "0", "-o", tmp.resolve("zero").toString());
        assertEquals(ExitCodes.USAGE, zero.code());
        assertEquals(1, zero.errLine().lines().count(), zero.err());
    }

    private static CliRun query(Path data, Path store, String select) {
        CliRun r = CliRun.of("query", "--data", data.toString(), "--store", store.toString(), "--format", "csv",
                "-e", "PREFIX gkg: <https://w3id.org/grpo-kg/ontology#> " + select);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static boolean ask(Path data, Path store, String ask) {
        return query(data, store, ask).out().contains("true");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
