package org.grpokg.compare;

import java.util.List;

/**
 * Entries × facets, as text cells: the columns {@code Entry}, {@code arXiv}, {@code Year}, then one
 * per facet; one row per entry in catalogue order, multiple values joined by ", " in label order.
 */
public record ComparisonTable(List<String> header, List<List<String>> rows) {

    public ComparisonTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
