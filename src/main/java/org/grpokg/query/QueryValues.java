package org.grpokg.query;

import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A {@code VALUES} block put in front of a query's pattern, so that the query is asked for those
 * values only: the values are bound as terms, never pasted into the query's text.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** {@code query} (its WHERE a group) with {@code VALUES ?var { values }} added first to that group; returns {@code query}. */
    public static Query prepend(Query query, String var, Collection<Node> values) {
        ElementData data = new ElementData();
        Var v = Var.alloc(var);
        data.add(v);
        values.forEach(n -> data.add(BindingFactory.binding(v, n)));
        ((ElementGroup) query.getQueryPattern()).getElements().add(0, data);
        return query;
    }
}
