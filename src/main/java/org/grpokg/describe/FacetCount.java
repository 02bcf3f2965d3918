package org.grpokg.describe;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.grpokg.rdf.Labels;

/**
 * One value the catalogue table can be filtered by: the property an entry has it by, the value
 * (an IRI), its label and how many entries have it. Counted over the whole store by
 * {@code describe/facet-counts.rq}; the home page's filters are made from these.
 */
public record FacetCount(Node property, Node value, String label, long entries) {

    /** Every facet value with an IRI, in the order of the query's rows. */
    public static List<FacetCount> count(DatasetGraph dsg) {
        Query q = QueryFactory.create(DatasetDescription.text("facet-counts"));
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg);
            List<FacetCount> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                qe.select().forEachRemaining(b -> add(b, labels, out));
            }
            return List.copyOf(out);
        });
    }

    private static void add(Binding b, Labels labels, List<FacetCount> out) {
        Node value = b.get(Var.alloc("value"));
        if (value.isURI()) {
            long n = ((Number) b.get(Var.alloc("entries")).getLiteralValue()).longValue();
            out.add(new FacetCount(b.get(Var.alloc("property")), value, labels.label(value), n));
        }
    }
}
