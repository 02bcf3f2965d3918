package org.grpokg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;

/**
 * The works of the default graph in catalogue order: by the position of the section their
 * record is listed in, then the record's position (works without a record last, by IRI).
 * Call inside a read transaction.
 */
public final class Works {

    private final Graph data;

    public Works(DatasetGraph dsg) {
        this.data = dsg.getDefaultGraph();
    }

    public List<Work> inCatalogueOrder() {
        Map<Node, long[]> order = new LinkedHashMap<>();
        data.find(Node.ANY, Vocab.Foaf.primaryTopic.asNode(), Node.ANY).forEachRemaining(t -> {
            Node record = t.getSubject();
            long section = one(record, GKG.listedIn.asNode()).map(s -> number(s, GKG.position.asNode())).orElse(Long.MAX_VALUE);
            long[] key = {section, number(record, GKG.position.asNode())};
            order.merge(t.getObject(), key, (a, b) -> compare(a, b) <= 0 ? a : b);
        });
        data.find(Node.ANY, RDF.type.asNode(), GKG.Entry.asNode())
                .forEachRemaining(t -> order.putIfAbsent(t.getSubject(), new long[] {Long.MAX_VALUE, Long.MAX_VALUE}));
        List<Node> works = new ArrayList<>(order.keySet());
        works.sort(Comparator.<Node, long[]>comparing(order::get, Works::compare).thenComparing(Node::getURI));
        List<Work> out = new ArrayList<>();
        for (Node w : works) {
            Optional<String> title = text(w, DCTerms.title.asNode());
            if (title.isPresent()) {
                out.add(new Work(w, kind(w), title.get(), text(w, Vocab.Schema.alternateName.asNode()),
                        text(w, GKG.arxivId.asNode()), text(w, DCTerms.issued.asNode())));
            }
        }
        return out;
    }

    /** The distinct objects of {@code work property ?o}, in N-Triples order. */
    public List<Node> values(Node work, Node property) {
        TreeSet<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        data.find(work, property, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return List.copyOf(out);
    }

    /** The smallest lexical form among the literal objects of {@code s p ?o}. */
    public Optional<String> text(Node s, Node p) {
        String best = null;
        Iterator<Triple> it = data.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && (best == null || o.getLiteralLexicalForm().compareTo(best) < 0)) {
                best = o.getLiteralLexicalForm();
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Node> one(Node s, Node p) {
        return values(s, p).stream().findFirst();
    }

    public Graph data() {
        return data;
    }

    private String kind(Node w) {
        if (data.contains(w, RDF.type.asNode(), GKG.Survey.asNode())) {
            return "survey";
        }
        if (data.contains(w, RDF.type.asNode(), GKG.RepositoryProject.asNode())) {
            return "repository";
        }
        if (data.contains(w, RDF.type.asNode(), GKG.Paper.asNode())) {
            return "paper";
        }
        return "imported";
    }

    private long number(Node s, Node p) {
        Iterator<Triple> it = data.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralValue() instanceof Number n) {
                return n.longValue();
            }
        }
        return Long.MAX_VALUE;
    }

    private static int compare(long[] a, long[] b) {
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compare(a[1], b[1]);
    }
}
