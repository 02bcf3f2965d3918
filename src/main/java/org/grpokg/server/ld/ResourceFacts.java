package org.grpokg.server.ld;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the store says about one resource, from every graph: its own statements with the named
 * graphs (sources) that state each, who links to it (counted per property, with up to
 * {@value #INCOMING_LIMIT} linking resources per property), and, for a document such as the
 * ontology or a named graph such as the taxonomies, the statements it holds about other
 * resources. Read inside a read transaction.
 */
public final class ResourceFacts {

    public static final int INCOMING_LIMIT = 200;
    /** At most this many statements of a document (a named graph or the terms of an ontology). */
    public static final int DOCUMENT_LIMIT = 20_000;

    /** One statement and the named graphs stating it (empty when only the default graph does). */
    public record Fact(Node predicate, Node object, Set<Node> sources) {
    }

    private final Node subject;
    private final Map<List<Node>, Fact> outgoing = new LinkedHashMap<>();
    private final Map<Node, Integer> incomingCounts = new LinkedHashMap<>();
    private final Map<Node, Set<Node>> incoming = new LinkedHashMap<>();
    private final Set<Triple> document = new LinkedHashSet<>();
    private boolean graphName;

    private ResourceFacts(Node subject) {
        this.subject = subject;
    }

    public static ResourceFacts read(DatasetGraph dsg, Node subject) {
        ResourceFacts f = new ResourceFacts(subject);
        Iterator<Quad> out = dsg.find(Node.ANY, subject, Node.ANY, Node.ANY);
        while (out.hasNext()) {
            Quad q = out.next();
            Fact fact = f.outgoing.computeIfAbsent(List.of(q.getPredicate(), q.getObject()),
                    k -> new Fact(q.getPredicate(), q.getObject(), new LinkedHashSet<>()));
            if (!q.isDefaultGraph()) {
                fact.sources().add(q.getGraph());
            }
        }
        Set<List<Node>> seen = new java.util.HashSet<>();
        Iterator<Quad> in = dsg.find(Node.ANY, Node.ANY, Node.ANY, subject);
        while (in.hasNext()) {
            Quad q = in.next();
            if (!seen.add(List.of(q.getSubject(), q.getPredicate()))) {
                continue;
            }
            f.incomingCounts.merge(q.getPredicate(), 1, Integer::sum);
            Set<Node> subjects = f.incoming.computeIfAbsent(q.getPredicate(), k -> new LinkedHashSet<>());
            if (subjects.size() < INCOMING_LIMIT) {
                subjects.add(q.getSubject());
            }
        }
        f.graphName = subject.isURI() && dsg.containsGraph(subject);
        if (f.graphName) {
            dsg.getGraph(subject).find().forEachRemaining(t -> f.addToDocument(t));
        }
        // a hash document (the ontology): the terms defined by it, whichever graph holds them
        dsg.find(Node.ANY, Node.ANY, RDFS.isDefinedBy.asNode(), subject).forEachRemaining(q ->
                dsg.find(Node.ANY, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(t -> f.addToDocument(t.asTriple())));
        return f;
    }

    private void addToDocument(Triple t) {
        if (document.size() < DOCUMENT_LIMIT && !t.getSubject().equals(subject)) {
            document.add(t);
        }
    }

    public Node subject() {
        return subject;
    }

    /** True when the store knows the resource: it states or is stated about, or names a graph. */
    public boolean exists() {
        return !outgoing.isEmpty() || !incomingCounts.isEmpty() || graphName;
    }

    public List<Fact> outgoing() {
        return new ArrayList<>(outgoing.values());
    }

    public Map<Node, Integer> incomingCounts() {
        return incomingCounts;
    }

    /** Resources linking to this one by {@code p}, at most {@value #INCOMING_LIMIT}. */
    public Set<Node> incoming(Node p) {
        return incoming.getOrDefault(p, Set.of());
    }

    public Set<Triple> document() {
        return document;
    }

    public boolean isGraphName() {
        return graphName;
    }
}
