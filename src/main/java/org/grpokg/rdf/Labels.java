package org.grpokg.rdf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Names and types of resources for people, looked up in every graph (the default graph and
 * each named graph: the ontology and the taxonomies may live in either). One instance per
 * request: it remembers what it looked up. Call inside a read transaction.
 */
public final class Labels {

    /** Label properties, best first. */
    public static final List<Node> LABEL_PROPERTIES = LabelProperties.ALL;

    private final DatasetGraph dsg;
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, List<Node>> types = new HashMap<>();

    public Labels(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The best label of a resource, or a readable form of its IRI when it has none. */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return labels.computeIfAbsent(n, this::lookUp);
    }

    /** True when the graph gives the resource a label of its own. */
    public boolean hasLabel(Node n) {
        return !label(n).equals(fallback(n));
    }

    public List<Node> types(Node n) {
        return types.computeIfAbsent(n, x -> distinctObjects(x, RDF.type.asNode()));
    }

    /** The objects of {@code s p ?o} in any graph, without repeats, in a stable order. */
    public List<Node> distinctObjects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private String lookUp(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "(unnamed)" : n.toString();
        }
        for (Node p : LABEL_PROPERTIES) {
            String best = null;
            for (Node o : distinctObjects(n, p)) {
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (best == null || lang.equals("en")) {
                    best = o.getLiteralLexicalForm();
                }
            }
            if (best != null) {
                return best;
            }
        }
        String reused = REUSED_TERMS.getProperty(n.getURI());
        return reused != null ? reused : fallback(n);
    }

    /** Labels of reused vocabularies' terms, kept out of the published graphs (decision 0006). */
    private static final java.util.Properties REUSED_TERMS = new java.util.Properties();

    static {
        try (var in = Labels.class.getClassLoader().getResourceAsStream("rdf/reused-term-labels.properties")) {
            if (in != null) {
                REUSED_TERMS.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The last part of an IRI (after '#' or the last '/'), decoded: {@code grpo} for {@code .../algorithm/grpo}. */
    public static String fallback(Node n) {
        String iri = n.isURI() ? n.getURI() : n.toString();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        try {
            return URLDecoder.decode(tail.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return tail;
        }
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
