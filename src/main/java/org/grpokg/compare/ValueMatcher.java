package org.grpokg.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.grpokg.graph.NodeLabels;
import org.grpokg.rdf.Graphs;

/**
 * Turns a condition's text into the resources it means: every value of the facet in the data
 * whose short key ({@code grpo}, {@code Qwen/Qwen2-VL-2B}), label or IRI equals the text (case
 * ignored), together with every concept narrower than one of them in the taxonomies
 * ({@code algorithm=grpo} also matches StepGRPO). The text is compared in Java, never put in a query.
 */
final class ValueMatcher {

    private final DatasetGraph dsg;
    private final NodeLabels labels;

    ValueMatcher(DatasetGraph dsg, NodeLabels labels) {
        this.dsg = dsg;
        this.labels = labels;
    }

    Set<Node> accepted(Condition c) {
        Set<Node> used = new HashSet<>();
        dsg.getDefaultGraph().find(Node.ANY, c.facet().property(), Node.ANY).forEachRemaining(t -> used.add(t.getObject()));
        String wanted = c.value().toLowerCase(Locale.ROOT);
        Set<Node> matched = new HashSet<>();
        for (Node v : used) {
            if (matches(v, wanted)) {
                matched.add(v);
            }
        }
        Graph taxonomies = dsg.getGraph(NodeFactory.createURI(Graphs.TAXONOMIES));
        for (Node concept : narrowerConcepts(taxonomies)) {
            if (matches(concept, wanted)) {
                matched.add(concept);
            }
        }
        if (matched.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            used.stream().map(NodeLabels::key).forEach(known::add);
            throw new CompareException("no " + c.facet().id() + " is called '" + c.value() + "' (known: "
                    + String.join(", ", known.stream().limit(20).toList()) + (known.size() > 20 ? ", ..." : "") + ")");
        }
        return withNarrower(matched, taxonomies);
    }

    private boolean matches(Node v, String wanted) {
        return NodeLabels.key(v).toLowerCase(Locale.ROOT).equals(wanted)
                || labels.label(v).toLowerCase(Locale.ROOT).equals(wanted)
                || (v.isURI() && v.getURI().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static List<Node> narrowerConcepts(Graph taxonomies) {
        return taxonomies.find(Node.ANY, SKOS.broader.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    /** {@code roots} and everything {@code skos:broader+} one of them. */
    private static Set<Node> withNarrower(Set<Node> roots, Graph taxonomies) {
        Set<Node> out = new HashSet<>(roots);
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            taxonomies.find(Node.ANY, SKOS.broader.asNode(), n).forEachRemaining(t -> {
                if (out.add(t.getSubject())) {
                    todo.push(t.getSubject());
                }
            });
        }
        return out;
    }
}
