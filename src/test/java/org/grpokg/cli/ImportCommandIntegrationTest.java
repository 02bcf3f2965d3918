package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.TestPaths;
import org.grpokg.rdf.GKG;
import org.junit.jupiter.api.Test;

/** {@code grpo-kg import} as a user runs it: output, report, exit codes, one-line errors. */
class ImportCommandIntegrationTest {

    private static final String BULLETS = "src/test/resources/import/bullets.md";
    private final Path tmp = TestPaths.tempDir("import-cli-");

    private static long documents(String yaml) {
        return yaml.lines().filter(l -> l.startsWith("entry: ")).count();
    }

    @Test
    void yamlGoesToStandardOutputAndTheReportToStandardError() {
        CliRun r = CliRun.of("import", BULLETS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# entries of " + BULLETS), r.out());
        assertEquals(7, documents(r.out()));
        assertTrue(r.out().contains("entry: \"2503.00005\"\nlisting:\n  title: \"Epsilon: A Title Link\"\n  date: 2025-03\n"), r.out());
        assertFalse(r.err().contains("entry:"), "no output on the report stream");
        assertTrue(r.err().contains(BULLETS + ": 16 lines read: 7 entries, 0 skipped, 0 warnings"), r.err());
    }

    @Test
    void turtleIsTheEntriesAsTheGraphHoldsThem() {
        CliRun r = CliRun.of("import", "src/test/resources/import/duplicates.md", "--format", "turtle");
        assertEquals(0, r.code(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(m);
        assertEquals(5, m.listSubjectsWithProperty(RDF.type, GKG.Entry).toList().size());
        assertFalse(m.contains(null, RDF.type, GKG.Paper), "imported entries are not papers until curated");
        assertTrue(r.err().contains("skipped: arXiv 2507.00002 is listed at line 8"), r.err());
    }

    @Test
    void aFolderGetsOneFilePerEntryAndExistingFilesAreKept() throws IOException {
        Path entries = tmp.resolve("entries");
        CliRun first = CliRun.of("import", BULLETS, "-o", entries + "/");
        assertEquals(0, first.code(), first.err());
        try (Stream<Path> files = Files.list(entries)) {
            assertEquals(List.of("2503.00005.yaml", "2503.00006.yaml", "2503.00007.yaml", "2503.00008.yaml", "2503.00009.yaml",
                    "k-lab+kappa.yaml", "m-lab+mu.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Files.writeString(entries.resolve("k-lab+kappa.yaml"), "entry: k-lab/kappa\n# researched by hand\n");
        CliRun second = CliRun.of("import", BULLETS, "-o", entries.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("k-lab+kappa.yaml: exists, not overwritten"), second.err());
        assertTrue(second.err().contains("0 files written, 7 kept as they were"), second.err());
        assertEquals("entry: k-lab/kappa\n# researched by hand\n", Files.readString(entries.resolve("k-lab+kappa.yaml")));
    }

    @Test
    void aFileGetsTheStream() throws IOException {
        Path out = tmp.resolve("out.yaml");
        CliRun r = CliRun.of("import", BULLETS, "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(7, documents(Files.readString(out)));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void againstTheCatalogueOnlyTheNewEntriesAreWritten() {
        CliRun r = CliRun.of("import", "src/test/resources/import/against.md", "--against", "data/catalogue.md");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, documents(r.out()), r.out());
        assertTrue(r.out().contains("entry: \"2599.00001\""), r.out());
        assertTrue(r.err().contains("1 not in data/catalogue.md yet, 2 already there"), r.err());
    }

    @Test
    void nothingNewAgainstTheCatalogueWritesNoFile() {
        Path out = tmp.resolve("none.yaml");
        CliRun r = CliRun.of("import", "data/catalogue.md", "--against", "data/catalogue.md", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("0 not in data/catalogue.md yet, 16 already there: nothing written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void binaryJunkExitsFourWithOneLine() throws IOException {
        byte[] junk = new byte[2048];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 0;
        Path file = Files.write(tmp.resolve("junk.png"), junk);
        CliRun r = CliRun.of("import", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(List.of("grpo-kg: " + file + ":1: not a Markdown text file: binary content (NUL bytes)"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void anotherEncodingExitsFourWithOneLine() throws IOException {
        Path file = Files.write(tmp.resolve("latin1.md"), "# Liste\n\n- Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.of("import", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(List.of("grpo-kg: " + file + ":3: not a Markdown text file: not UTF-8 text"), r.errLines());
    }

    @Test
    void aFileForTheSameRepositoryInOtherCaseIsKept() throws IOException {
        Path entries = Files.createDirectories(tmp.resolve("cased"));
        Files.writeString(entries.resolve("K-Lab+Kappa.yaml"), "entry: K-Lab/Kappa\n");
        CliRun r = CliRun.of("import", BULLETS, "-o", entries + "/");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("K-Lab+Kappa.yaml: exists, not overwritten"), r.err());
        assertFalse(Files.exists(entries.resolve("k-lab+kappa.yaml")), "no second file for k-lab/kappa");
        try (Stream<Path> files = Files.list(entries)) {
            assertEquals(7, files.count(), "6 written + the one kept");
        }
    }

    @Test
    void aMissingFileCreatesNoOutputFolder() {
        Path out = tmp.resolve("never");
        CliRun r = CliRun.of("import", tmp.resolve("nothing.md").toString(), "-o", out + "/");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertFalse(Files.exists(out), "no folder left behind");
    }

    @Test
    void aMissingFileExitsFourWithOneLine() {
        CliRun r = CliRun.of("import", tmp.resolve("nothing.md").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals(List.of("grpo-kg: " + tmp.resolve("nothing.md") + ": no such file"), r.errLines());
    }

    @Test
    void nothingUsableExitsFourAfterTheReport() throws IOException {
        Path file = Files.writeString(tmp.resolve("empty.md"), "# A list\n\n## Papers\n\n- nothing here yet\n");
        Path out = tmp.resolve("empty.yaml");
        CliRun r = CliRun.of("import", file.toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        List<String> err = r.errLines();
        assertEquals("grpo-kg: " + file + ": no entries read (1 skipped)", err.get(err.size() - 1));
        assertFalse(err.stream().anyMatch(l -> l.contains("\tat ") || l.contains("Exception")), r.err());
        assertFalse(Files.exists(out), "no output file when nothing was read");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, CliRun.of("import", BULLETS, "--format", "xml").code());
        CliRun folderTurtle = CliRun.of("import", BULLETS, "--format", "turtle", "-o", tmp + "/");
        assertEquals(ExitCodes.USAGE, folderTurtle.code());
        assertTrue(folderTurtle.err().contains("--format turtle writes one file"), folderTurtle.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("import").code());
    }

    @Test
    void helpSaysWhatAgainstWritesAndListsTheExitCodes() {
        CliRun r = CliRun.of("import", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--against"), r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("are written, as YAML (or Turtle) ready to add"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }
}
