package org.grpokg.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.LabelProperties;

/**
 * The label of a resource for people, from any graph (concept labels live in the taxonomies'
 * graph), by the properties of {@link LabelProperties} best first, an English literal preferred,
 * else the smallest lexical form (stable); the IRI's last part when there is none.
 * Call inside a read transaction; one instance remembers what it looked up.
 */
public final class NodeLabels {

    private final DatasetGraph dsg;
    private final Map<Node, String> cache = new HashMap<>();

    public NodeLabels(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return cache.computeIfAbsent(n, this::lookUp);
    }

    private String lookUp(Node n) {
        for (Node p : LabelProperties.ALL) {
            String best = null;
            boolean english = false;
            Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String text = o.getLiteralLexicalForm();
                boolean en = o.getLiteralLanguage().equals("en");
                if (best == null || (en && !english) || (en == english && text.compareTo(best) < 0)) {
                    best = text;
                    english = en;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return key(n);
    }

    /**
     * The short key of a resource: its IRI after {@code id/<kind>/}, decoded ({@code grpo},
     * {@code Qwen/Qwen2-VL-2B}); other IRIs whole.
     */
    public static String key(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String iri = n.getURI();
        if (!iri.startsWith(Iris.BASE)) {
            return iri;
        }
        String rest = iri.substring(Iris.BASE.length());
        rest = rest.substring(rest.indexOf('/') + 1);
        try {
            return URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rest;
        }
    }
}
