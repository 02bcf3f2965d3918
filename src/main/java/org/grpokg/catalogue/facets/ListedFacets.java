package org.grpokg.catalogue.facets;

import java.util.List;
import java.util.Map;

import org.grpokg.model.Fact;

/**
 * The facts one listing states, by facet, each citing the list as its source, and what could not
 * be mapped.
 *
 * @param facts    facts by facet, in the order found, no concept twice
 * @param problems values that matched nothing, or a model not in data/models, one each
 * @param cells    every non-empty cell of a facet column, whether it gave a fact: what a coverage share counts
 */
public record ListedFacets(Map<Facet, List<Fact>> facts, List<FacetProblem> problems, List<Cell> cells) {

    /** A non-empty cell of a facet column and whether at least one of its values became a fact. */
    public record Cell(Facet facet, String column, String text, boolean mapped) {
    }

    public ListedFacets {
        facts = Map.copyOf(facts);
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }

    public boolean isEmpty() {
        return facts.values().stream().allMatch(List::isEmpty);
    }

    public List<Fact> of(Facet f) {
        return facts.getOrDefault(f, List.of());
    }
}
