package org.grpokg.catalogue;

import java.util.List;
import java.util.Map;

import org.grpokg.catalogue.facets.Facet;
import org.grpokg.model.Entry;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;
import org.grpokg.model.Source;

/**
 * An entry as {@code grpo-kg import} writes it: the entry, how each list lists it, the lists as
 * sources, and the facts the lists state (by facet, each citing its list).
 */
public record ImportedEntry(Entry entry, List<Listing> listings, List<Source> sources, Map<Facet, List<Fact>> facts) {

    public ImportedEntry {
        listings = List.copyOf(listings);
        sources = List.copyOf(sources);
        facts = Map.copyOf(facts);
    }

    /** An entry of one list, with no facts. */
    public static ImportedEntry of(Entry e) {
        return new ImportedEntry(e, List.of(e.listing()), List.of(), Map.of());
    }
}
