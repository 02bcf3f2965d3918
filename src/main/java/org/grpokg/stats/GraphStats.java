package org.grpokg.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.grpokg.graph.NodeLabels;
import org.grpokg.graph.Work;
import org.grpokg.graph.Works;
import org.grpokg.rdf.GKG;

/**
 * Counts of the catalogue's entries: per kind, algorithm, base model, domain (entries having the
 * value; an entry with two algorithms counts under each) and month of issue (chronological; a date
 * known to the year only counts under "YYYY (month unknown)", none under "undated").
 */
public final class GraphStats {

    private GraphStats() {
    }

    public static List<Tally> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Works works = new Works(dsg);
            NodeLabels labels = new NodeLabels(dsg);
            List<Work> all = works.inCatalogueOrder();
            List<Tally> out = new ArrayList<>();
            out.add(new Tally("Entries by kind", byCount(count(all, w -> Set.of(w.kind())))));
            out.add(new Tally("Entries by algorithm", byCount(count(all, w -> labelled(works, labels, w, GKG.usesAlgorithm.asNode())))));
            out.add(new Tally("Entries by base model", byCount(count(all, w -> labelled(works, labels, w, GKG.baseModel.asNode())))));
            out.add(new Tally("Entries by domain", byCount(count(all, w -> labelled(works, labels, w, GKG.hasDomain.asNode())))));
            Map<String, Long> months = new TreeMap<>(count(all, w -> Set.of(month(w))));
            out.add(new Tally("Entries by month of issue", months.entrySet().stream()
                    .map(e -> new Tally.Count(e.getKey(), e.getValue())).toList()));
            return out;
        });
    }

    private static String month(Work w) {
        return w.month().orElse(w.year().map(y -> y + " (month unknown)").orElse("undated"));
    }

    private static Set<String> labelled(Works works, NodeLabels labels, Work w, Node property) {
        Set<String> out = new LinkedHashSet<>();
        works.values(w.iri(), property).forEach(v -> out.add(labels.label(v)));
        return out;
    }

    private static Map<String, Long> count(List<Work> works, java.util.function.Function<Work, Set<String>> values) {
        Map<String, Long> n = new HashMap<>();
        for (Work w : works) {
            values.apply(w).forEach(v -> n.merge(v, 1L, Long::sum));
        }
        return n;
    }

    /** Most first, ties by label. */
    private static List<Tally.Count> byCount(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Tally.Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Tally.Count::n).reversed().thenComparing(Tally.Count::label)).toList();
    }
}
