package org.grpokg.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code data/}: the list, the researched facts per entry, the base models, and
 * how other awesome lists list entries ({@code listing:} / {@code listings:} blocks of entry files,
 * each a record of that list in the graph; docs/decisions/0012).
 */
public record CatalogueData(Catalogue catalogue, Map<EntryKey, EntryFacts> facts, List<BaseModel> models,
                            Map<EntryKey, List<Listing>> listings) {

    public CatalogueData {
        facts = Map.copyOf(facts);
        models = List.copyOf(models);
        listings = Map.copyOf(listings);
    }

    public CatalogueData(Catalogue catalogue, Map<EntryKey, EntryFacts> facts, List<BaseModel> models) {
        this(catalogue, facts, models, Map.of());
    }

    public static CatalogueData of(Catalogue catalogue) {
        return new CatalogueData(catalogue, Map.of(), List.of());
    }

    /** Facts for an entry, by its key (arXiv id or owner/name, case-insensitive). */
    public Optional<EntryFacts> factsFor(Entry entry) {
        return Optional.ofNullable(facts.get(entry.key()));
    }

    /** The listings of an entry in other lists (empty when none). */
    public List<Listing> listingsOf(Entry entry) {
        return listings.getOrDefault(entry.key(), List.of());
    }
}
