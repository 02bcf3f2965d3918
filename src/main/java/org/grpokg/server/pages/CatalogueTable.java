package org.grpokg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.GKG;
import org.grpokg.server.ld.LocalIris;
import org.grpokg.rdf.Labels;
import org.grpokg.server.ld.ServerQueries;

/**
 * The catalogue as a table, one page at a time: entry (linked to its page), kind, date, base
 * models, algorithms, domains, modalities and repository, filtered by the chosen facet values.
 */
public final class CatalogueTable {

    public static final int PAGE_SIZE = 100;
    private static final Var ENTRY = Var.alloc("entry");

    /** One page of rows and the number of entries that match in all. */
    public record Page(List<Map<String, Object>> rows, long total) {
    }

    private final DatasetGraph dsg;
    private final CatalogueOrder order;

    public CatalogueTable(DatasetGraph dsg, CatalogueOrder order) {
        this.dsg = dsg;
        this.order = order;
    }

    /**
     * {@code filters}: property and value pairs every entry shown must have. The page is a slice of the catalogue's
     * order (read once, {@link CatalogueOrder}); with filters, of its rows whose entries match them (one query for the
     * matching entries, unordered), so no request sorts the whole catalogue.
     */
    public Page page(List<Triple> filters, int page) {
        List<CatalogueOrder.Row> all;
        long total;
        if (filters.isEmpty()) {
            all = order.rows();
            total = all.stream().map(CatalogueOrder.Row::entry).distinct().count();
        } else {
            Query matching = ServerQueries.withPatterns(ServerQueries.query("home-matching"), filters);
            Set<Node> entries = Txn.calculateRead(dsg, () -> {   // TDB2's rows resolve their terms lazily
                Set<Node> s = new HashSet<>();
                ServerQueries.select(dsg, matching).forEach(b -> s.add(b.get(ENTRY)));
                return s;
            });
            all = order.only(entries);
            total = entries.size();
        }
        long from = Math.min(all.size(), (long) (page - 1) * PAGE_SIZE);
        List<CatalogueOrder.Row> rows = all.subList((int) from, (int) Math.min(all.size(), from + PAGE_SIZE));
        if (rows.isEmpty()) {
            return new Page(List.of(), total);
        }
        Map<Node, Map<Node, List<Node>>> cells = details(rows.stream().map(CatalogueOrder.Row::entry).toList());
        List<Map<String, Object>> out = Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg);
            List<Map<String, Object>> list = new ArrayList<>();
            for (CatalogueOrder.Row r : rows) {
                Node e = r.entry();
                Map<Node, List<Node>> c = cells.getOrDefault(e, Map.of());
                Map<String, Object> row = new HashMap<>();
                row.put("entryHref", LocalIris.localPath(e.getURI()));
                row.put("entryTitle", r.title());
                if (labels.hasLabel(e) && !labels.label(e).equals(row.get("entryTitle"))) {
                    row.put("shortName", labels.label(e));
                }
                row.put("kind", kind(c.getOrDefault(RDF.type.asNode(), List.of())));
                Optional.ofNullable(r.date()).ifPresent(d -> row.put("date", d.getLiteralLexicalForm()));
                row.put("baseModels", links(c.get(GKG.baseModel.asNode()), labels));
                row.put("algorithms", links(c.get(GKG.usesAlgorithm.asNode()), labels));
                row.put("domains", links(c.get(GKG.hasDomain.asNode()), labels));
                row.put("modalities", links(c.get(GKG.hasModality.asNode()), labels));
                row.put("repositories", links(c.get(GKG.hasRepository.asNode()), labels));
                list.add(row);
            }
            return list;
        });
        return new Page(out, total);
    }

    private Map<Node, Map<Node, List<Node>>> details(List<Node> entries) {
        Query q = ServerQueries.withValues(ServerQueries.query("home-details"), "entry", entries);
        return Txn.calculateRead(dsg, () -> {   // TDB2's rows resolve their terms lazily (a cold node cache needs the transaction)
            Map<Node, Map<Node, List<Node>>> out = new LinkedHashMap<>();
            for (Binding b : ServerQueries.select(dsg, q)) {
                out.computeIfAbsent(b.get(ENTRY), k -> new HashMap<>())
                        .computeIfAbsent(b.get(Var.alloc("property")), k -> new ArrayList<>()).add(b.get(Var.alloc("value")));
            }
            return out;
        });
    }

    static String kind(List<Node> types) {
        if (types.contains(GKG.Survey.asNode())) {
            return "survey";
        }
        if (types.contains(GKG.RepositoryProject.asNode())) {
            return "repository";
        }
        if (types.contains(GKG.Paper.asNode())) {
            return "paper";
        }
        return "imported";
    }

    private static List<Map<String, Object>> links(List<Node> values, Labels labels) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Node::isURI)
                .map(v -> Map.<String, Object>of("cellHref", LocalIris.localPath(v.getURI()), "cellText", labels.label(v)))
                .sorted(Comparator.comparing(m -> (String) m.get("cellText"))).toList();
    }
}
