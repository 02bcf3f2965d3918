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
}
