package org.grpokg.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything under {@code data/}: the list, the researched facts per entry and the base models. */
public record CatalogueData(Catalogue catalogue, Map<EntryKey, EntryFacts> facts, List<BaseModel> models) {

    public CatalogueData {
        facts = Map.copyOf(facts);
        models = List.copyOf(models);
    }

    public static CatalogueData of(Catalogue catalogue) {
        return new CatalogueData(catalogue, Map.of(), List.of());
    }

    /** Facts for an entry, by its key (arXiv id or owner/name, case-insensitive). */
    public Optional<EntryFacts> factsFor(Entry entry) {
        return Optional.ofNullable(facts.get(entry.key()));
    }
}
