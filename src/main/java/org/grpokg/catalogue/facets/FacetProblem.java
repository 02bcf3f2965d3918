package org.grpokg.catalogue.facets;

import org.grpokg.model.SourcePosition;

/**
 * A value a list states that became no fact, one line: where (file:line), which column, the value,
 * and why ("matches no RL algorithm", "is Qwen2.5-VL-7B, not in data/models").
 */
public record FacetProblem(SourcePosition at, String column, String value, String why) {

    @Override
    public String toString() {
        return at + ": column '" + column + "': '" + value + "' " + why;
    }
}
