package org.grpokg.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.grpokg.graph.NodeLabels;
import org.grpokg.graph.Work;
import org.grpokg.graph.Works;

/**
 * The comparison table of the catalogue: one row per work in catalogue order (its short name or
 * title, arXiv id, year), then one column per facet, values by label in sorted order; only the
 * works that meet every condition.
 */
public final class Comparison {

    public static final List<String> FIXED_COLUMNS = List.of("Entry", "arXiv", "Year");

    private Comparison() {
    }

    public static ComparisonTable table(DatasetGraph dsg, List<Facet> by, List<Condition> where) {
        return Txn.calculateRead(dsg, () -> {
            Works works = new Works(dsg);
            NodeLabels labels = new NodeLabels(dsg);
            ValueMatcher matcher = new ValueMatcher(dsg, labels);
            Map<Condition, Set<Node>> accepted = new LinkedHashMap<>();
            where.forEach(c -> accepted.put(c, matcher.accepted(c)));
            List<String> header = new ArrayList<>(FIXED_COLUMNS);
            by.forEach(f -> header.add(f.heading()));
            List<List<String>> rows = new ArrayList<>();
            for (Work w : works.inCatalogueOrder()) {
                if (accepted.entrySet().stream().allMatch(e -> meets(works, w, e.getKey().facet(), e.getValue()))) {
                    List<String> row = new ArrayList<>();
                    row.add(w.name());
                    row.add(w.arxivId().orElse(""));
                    row.add(w.year().orElse(""));
                    by.forEach(f -> row.add(cell(works.values(w.iri(), f.property()), labels)));
                    rows.add(row);
                }
            }
            return new ComparisonTable(header, rows);
        });
    }

    private static boolean meets(Works works, Work w, Facet f, Set<Node> accepted) {
        return works.values(w.iri(), f.property()).stream().anyMatch(accepted::contains);
    }

    private static String cell(Collection<Node> values, NodeLabels labels) {
        return String.join(", ", values.stream().map(labels::label).distinct()
                .sorted(Comparator.comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT)).thenComparing(s -> s)).toList());
    }
}
