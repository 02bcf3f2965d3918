package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grpokg.TestPaths;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Errors found after binding name the line the YAML parser put the value on, not the first line with similar text. */
class EntryFactsReaderUnitTest {

    private final Path dir = TestPaths.tempDir("facts-");

    private CatalogueException reject(String yaml) throws IOException {
        Path file = dir.resolve("2599.00001.yaml");
        Files.writeString(file, yaml);
        return assertThrows(CatalogueException.class, () -> new EntryFactsReader().readEntryFile(file));
    }

    @Test
    void anUndeclaredSourceIsReportedWhereItIsCitedNotInAComment() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                # source: nope was considered and dropped
                sources:
                  - {id: a, url: "https://example.org/a"}
                algorithms:
                  - {id: grpo, source: a}
                  - {id: ppo,
                     source: nope}
                """);
        assertEquals(8, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("source 'nope' is not declared"), e.getMessage());
    }

    @Test
    void aMissingValueNamesItsOwnItem() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - id: a
                    url: https://example.org/a
                  - id: b
                    what: url missing here
                """);
        assertEquals(5, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("missing 'sources[].url'"), e.getMessage());
    }

    @Test
    void anEmptyItemIsReportedOnItsLine() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                domains:
                  - {id: math, source: a}
                  -
                """);
        assertEquals(6, e.position().line(), e.getMessage());
    }

    @Test
    void theWorksOwnDateIsReadAsPreciseAsWritten() throws IOException {
        Path file = dir.resolve("2599.00002.yaml");
        Files.writeString(file, """
                entry: "2599.00002"
                sources:
                  - {id: a, url: "https://example.org/a"}
                issued: {date: 2025-03, source: a, note: first release}
                """);
        EntryFacts f = new EntryFactsReader().readEntryFile(file).facts();
        assertEquals(PartialDate.parse("2025-03").orElseThrow(), f.issued().date());
        assertEquals("a", f.issued().source());
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                issued:
                  date: March 2025
                  source: a
                """);
        assertEquals(5, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("issued.date 'March 2025' is not a date"), e.getMessage());
    }

    @Test
    void aCorrectionOfAnUnknownFieldIsAnError() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                corrections:
                  - field: authors
                    actual: someone
                    source: a
                """);
        assertEquals(5, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("field 'authors' is not one of title, date, paper, repository"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        date: 26 Feb 2025                               | date '26 Feb 2025' is not a date
        paper: not a url                                | paper is not a web address
        paper: https://arxiv.org/abs/2503.05132         | paper names arXiv 2503.05132, not the entry 2599.00001
        repository: JZPeterPan MedVLM-R1                | is not a web address
        repository: https://gitlab.com/a/b              | is not a link to a GitHub repository
        """)
    void aCorrectedValueTheWorkCannotTakeIsAnError(String correction, String message) throws IOException {
        String[] kv = correction.split(": ", 2);
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                corrections:
                  - field: %s
                    actual: "%s"
                    source: a
                """.formatted(kv[0], kv[1]));
        assertEquals(6, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aFieldCorrectedTwiceIsAnError() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                corrections:
                  - {field: date, actual: "2025-03-01", source: a}
                  - {field: date, actual: "2025-03-02", source: a}
                """);
        assertEquals(6, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("field 'date' is corrected twice"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongShapeSaysWhatWasExpectedInTheFilesWords() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                issued: 2025-03-18
                """);
        assertEquals(4, e.position().line(), e.getMessage());
        assertEquals("issued: expected a mapping with keys date, source, note", e.getMessage());
        CatalogueException list = reject("""
                entry: "2599.00001"
                sources: {id: a, url: "https://example.org/a"}
                """);
        assertTrue(list.getMessage().startsWith("sources: expected a list"), list.getMessage());
    }

    @Test
    void aHuggingFaceIdHasOneSlash() throws IOException {
        CatalogueException e = reject("""
                entry: "2599.00001"
                sources:
                  - {id: a, url: "https://example.org/a"}
                baseModels:
                  - {id: Qwen/Qwen2-VL-2B, source: a}
                  - {id: Qwen/extra/Qwen2-VL-2B, source: a}
                """);
        assertEquals(6, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("baseModels: 'Qwen/extra/Qwen2-VL-2B' is not a Hugging Face id"), e.getMessage());
    }
}
