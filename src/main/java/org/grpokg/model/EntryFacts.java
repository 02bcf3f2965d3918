package org.grpokg.model;

import java.util.List;
import java.util.Optional;

/**
 * Researched facts about one catalogue entry, each citing one of {@link #sources()}.
 * Read from {@code data/entries/<key>.yaml}; see {@code data/entries/README.md}.
 * {@code issued} is the work's own date with its source (null when not researched): it
 * overrides the date as listed for the work, while the catalogue record keeps the listed one.
 */
public record EntryFacts(
        String entry,
        String name,
        List<Source> sources,
        List<String> authors, String authorsSource,
        List<String> affiliations, String affiliationsSource,
        DateFact issued,
        List<Correction> corrections,
        List<Fact> algorithms,
        List<Fact> recipe,
        List<Fact> rewards,
        List<Fact> domains,
        List<Fact> modalities,
        List<Fact> baseModels,
        List<Fact> frameworks,
        List<Fact> buildsOn,
        List<Fact> datasets,
        List<Checkpoint> checkpoints,
        List<Fact> benchmarks,
        List<String> unconfirmed,
        List<ProposedConcept> proposedConcepts,
        SourcePosition position) {

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
