package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grpokg.TestPaths;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.Listing;
import org.grpokg.model.Source;
import org.junit.jupiter.api.Test;

/** Entry files with several lists' {@code listings:} and lists as {@code sources:} (docs/decisions/0012). */
class ListingsBlockUnitTest {

    private static final String MERGED = """
            entry: "2599.00001"
            listings:
            - title: "Lantern: Counting Sheep"
              date: 2025-03
              paper: https://arxiv.org/abs/2599.00001
              source: {file: lists/alpha.md, line: 7}
            - title: Lantern
              repository: https://github.com/fx-lab/lantern
              source: {file: lists/beta.md, line: 15}
            - title: Lantern, no line
            sources:
            - {id: alpha, file: lists/alpha.md, what: the list alpha.md}
            algorithms:
            - {id: grpo, source: alpha, note: "line 7, RL: GRPO"}
            """;

    @Test
    void severalListingsAndAListAsSource() throws IOException {
        Path data = TestPaths.copyOfData();
        Files.writeString(data.resolve("entries/2599.00001.yaml"), MERGED);
        CatalogueData d = new DataReader().read(data);
        Entry e = d.catalogue().entry("2599.00001").orElseThrow();
        assertEquals("Lantern: Counting Sheep", e.title(), "the first listing describes an imported entry");
        assertEquals("fx-lab/lantern", e.repo().slug(), "with the repository a later listing names");
        assertEquals(List.of("lists/alpha.md:7", "lists/beta.md:15"), d.listingsOf(e).stream().map(l -> l.source().toString()).toList(),
                "the listings that name their list and line are records of those lists; the third names neither");
        Source s = d.factsFor(e).orElseThrow().sources().get(0);
        assertEquals(new Source("alpha", null, "the list alpha.md", "lists/alpha.md"), s);
        assertTrue(s.isList());
    }

    @Test
    void aCuratedEntryKeepsItsCatalogueLineAndGainsItsListings() throws IOException {
        Path data = TestPaths.copyOfData();
        Path file = data.resolve("entries/2503.05132.yaml");
        Files.writeString(file, Files.readString(file) + "listings:\n- {title: Other Title, source: {file: lists/x.md, line: 3}}\n");
        CatalogueData d = new DataReader().read(data);
        Entry e = d.catalogue().entry("2503.05132").orElseThrow();
        assertTrue(e.title().contains("Aha Moment"), "catalogue.md wins: " + e.title());
        assertEquals(List.of("Other Title"), d.listingsOf(e).stream().map(Listing::title).toList());
    }

    @Test
    void bothBlocksOrASourceWithUrlAndFileAreErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path both = Files.writeString(dir.resolve("2599.00002.yaml"),
                "entry: \"2599.00002\"\nlisting: {title: A}\nlistings:\n- {title: B}\n");
        CatalogueException e = assertThrows(CatalogueException.class, () -> new EntryFactsReader().readEntryFile(both));
        assertTrue(e.getMessage().contains("either 'listing:' (one list) or 'listings:' (several), not both"), e.getMessage());
        assertEquals(4, e.position().line(), "the line of listings:");
        Path source = Files.writeString(dir.resolve("2599.00003.yaml"),
                "entry: \"2599.00003\"\nsources:\n- {id: a, url: https://example.org/a, file: lists/a.md}\n");
        e = assertThrows(CatalogueException.class, () -> new EntryFactsReader().readEntryFile(source));
        assertTrue(e.getMessage().contains("either 'url' (a page) or 'file' (a list read by import), not both"), e.getMessage());
        Path neither = Files.writeString(dir.resolve("2599.00004.yaml"), "entry: \"2599.00004\"\nsources:\n- {id: a, what: x}\n");
        e = assertThrows(CatalogueException.class, () -> new EntryFactsReader().readEntryFile(neither));
        assertTrue(e.getMessage().contains("missing 'sources[].url'"), e.getMessage());
    }

    @Test
    void anEntryFileWithNeitherHasNoListing() {
        assertNull(new EntryFactsReader().readEntryFile(Path.of("data/entries/2503.12797.yaml")).listing());
    }
}
