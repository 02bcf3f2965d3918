package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.grpokg.TestPaths;
import org.grpokg.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nothing read is changed or dropped in silence (issue 11, faults 8 and 9;
 * docs/decisions/0015-strict-input.md): each case is an error naming file and line.
 */
class StrictInputUnitTest {

    private static final String HEAD = "# T\n\n## Papers\n\n| Date | Paper | Repository |\n|---|---|---|\n";
    private static final String ROW = "| Mar 4, 2025 | [A](https://arxiv.org/abs/2503.00001) | [GitHub](https://github.com/o/a) |\n";

    private static String reject(String markdown) {
        return assertThrows(CatalogueException.class, () -> new CatalogueReader().read(markdown, "list.md")).describe();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Feb 30, 2025; cannot read date 'Feb 30, 2025'",
        "Apr 31, 2025; cannot read date 'Apr 31, 2025'",
        "Feb 29, 2025; cannot read date 'Feb 29, 2025'",
        "2025-04-31; cannot read date '2025-04-31'"})
    void aDayTheMonthDoesNotHaveIsNotMovedToAnother(String date, String message) {
        assertEquals("list.md:7: " + message + " (expected like 'Mar 4, 2025', 'Mar 2025' or 2025-03-04)",
                reject(HEAD + ROW.replace("Mar 4, 2025", date)));
    }

    @Test
    void aRowWithTooFewCellsIsNotPadded() {
        assertEquals("list.md:7: row has 2 cells, the table has 3 columns (date | paper | repository)",
                reject(HEAD + "| Mar 4, 2025 | [A](https://arxiv.org/abs/2503.00001) |\n"));
    }

    @Test
    void aRowWithTooManyCellsIsNotClipped() {
        assertEquals("list.md:7: row has 5 cells, the table has 3 columns (date | paper | repository)",
                reject(HEAD + ROW.strip() + " x | y |\n"));
    }

    @Test
    void anEscapedPipeIsPartOfItsCell() {
        Catalogue c = new CatalogueReader().read(HEAD + ROW.replace("[A]", "[A \\| B]"), "list.md");
        assertEquals("A | B", c.entries().get(0).title());
    }

    @Test
    void aStrayBracketDoesNotMakeTextVanish() {
        assertEquals("list.md:7: paper cell has text outside its link: '[R1:' (put it inside the link text, or escape a literal [ as \\[)",
                reject(HEAD + ROW.replace("[A]", "[R1: [A]")));
        assertEquals("R1: [A", new CatalogueReader().read(HEAD + ROW.replace("[A]", "[R1: \\[A]"), "list.md").entries().get(0).title(),
                "an escaped bracket is text");
    }

    @Test
    void aNulByteIsAnErrorNotAReplacementCharacter() {
        assertEquals("list.md:7: control character U+0000 in the text (remove it; nothing is replaced)",
                reject(HEAD + ROW.replace("[A]", "[A\u0000]")));
    }

    @Test
    void anUnclosedRightToLeftOverrideIsAnErrorAndAClosedOneIsText() {
        assertEquals("list.md:7: unclosed bidirectional control U+202E in the text (it would reorder what follows it;"
                + " close it with U+202C or U+2069, or remove it)", reject(HEAD + ROW.replace("[A]", "[A\u202Eexe]")));
        assertEquals("A\u202Eexe\u202C", new CatalogueReader().read(HEAD + ROW.replace("[A]", "[A\u202Eexe\u202C]"), "list.md")
                .entries().get(0).title());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = TestPaths.tempDir("bom-").resolve("catalogue.md");
        Files.write(file, ("\uFEFF" + HEAD + ROW).getBytes(StandardCharsets.UTF_8));
        assertEquals("T", new CatalogueReader().read(file).title());
    }

    @Test
    void notUtf8NamesTheLineOfTheFirstBadByte() throws IOException {
        Path file = TestPaths.tempDir("latin1-").resolve("catalogue.md");
        Files.write(file, (HEAD + ROW.replace("[A]", "[Caf\u00e9]")).getBytes(StandardCharsets.ISO_8859_1));
        CatalogueException e = assertThrows(CatalogueException.class, () -> new CatalogueReader().read(file));
        assertEquals(7, e.position().line());
        assertEquals("not UTF-8 text (byte 0xE9 cannot be read as UTF-8): save the file as UTF-8", e.getMessage());
    }

    /** A data folder holding the row above and one entry file. */
    private static Path data(String entryYaml, String... models) throws IOException {
        Path d = TestPaths.tempDir("strict-");
        Files.writeString(d.resolve("catalogue.md"), HEAD + ROW);
        Files.createDirectories(d.resolve("entries"));
        Files.createDirectories(d.resolve("models"));
        Files.writeString(d.resolve("entries/2503.00001.yaml"), "entry: \"2503.00001\"\nsources: [{id: s, url: \"https://example.org\"}]\n" + entryYaml);
        for (String m : models) {
            Files.writeString(d.resolve("models/" + m.replace('/', '+') + ".yaml"), "id: " + m + "\n");
        }
        return d;
    }

    private static CatalogueException rejectData(Path d) {
        return assertThrows(CatalogueException.class, () -> new DataReader(Map.of("algorithm", Set.of("grpo"))).read(d));
    }

    @Test
    void aBaseModelWithoutModelFileIsAnErrorAtItsLine() throws IOException {
        CatalogueException e = rejectData(data("baseModels:\n  - {id: Qwen/Qwen2-VL-2B, source: s}\n  - {id: Qwen/Nope, source: s}\n",
                "Qwen/Qwen2-VL-2B"));
        assertEquals(5, e.position().line(), e.describe());
        assertEquals("baseModels: 'Qwen/Nope' has no model file (add models/Qwen+Nope.yaml)", e.getMessage());
    }

    @Test
    void anEntryBuildingOnItselfIsAnError() throws IOException {
        CatalogueException e = rejectData(data("buildsOn: [{entry: \"2503.00001\", source: s}]\n"));
        assertEquals(3, e.position().line(), e.describe());
        assertEquals("buildsOn: '2503.00001' is the entry itself", e.getMessage());
    }

    @Test
    void anUnknownConceptIsReportedAtItsLineNotByIri() throws IOException {
        CatalogueException e = rejectData(data("algorithms:\n  - {id: grpo, source: s}\n  - {id: grpox, source: s}\n"));
        assertEquals(5, e.position().line(), e.describe());
        assertEquals("algorithms: unknown algorithm 'grpox' (known: grpo; a new one goes under proposedConcepts and into"
                + " ontology/grpo-kg-taxonomies.ttl)", e.getMessage());
    }

    @Test
    void entriesAsAFileIsALayoutError() throws IOException {
        Path d = data("");
        Files.walk(d.resolve("entries")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.writeString(d.resolve("entries"), "x");
        CatalogueException e = rejectData(d);
        assertEquals(d.resolve("entries") + ": not a folder: entries/ holds one YAML file per entry", e.describe());
    }

    @Test
    void wrongShapesAndDeepNestingAreSaidInTheFilesWords() throws IOException {
        CatalogueException shape = rejectData(data("algorithms: grpo\n"));
        assertEquals(3, shape.position().line());
        assertEquals("algorithms: expected a list", shape.getMessage());
        CatalogueException deep = rejectData(data("name: " + "[".repeat(50) + "]".repeat(50) + "\n"));
        assertEquals(3, deep.position().line());
        assertFalse(deep.getMessage().contains("Exception"), deep.getMessage());
        assertEquals("nested more than 20 levels deep (entry and model files need four)", deep.getMessage());
    }
}
