package org.grpokg.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.grpokg.rdf.Graphs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.LabelProperties;

/** The documents of the search index: one per resource of this project that has a name. */
final class SearchDocuments {

    static final String IRI = "iri";
    static final String LABEL = "label";
    static final String KIND = "kind";
    /** Every name, analysed into words. */
    static final String TEXT = "text";
    /** Titles again, so a word in a title counts more. */
    static final String TITLE = "title";
    /** Every name whole, lower-cased: an exact id typed as it is. */
    static final String EXACT = "exact";

    private static final String OURS = Iris.SITE;

    private SearchDocuments() {
    }

    /**
     * The documents of {@code dsg}, one resource at a time: the caller holds a read transaction
     * while it consumes them. The default graph is read in subject order (TDB2's SPO index; the
     * in-memory dataset's too), so a resource's names and types come together and only one
     * resource is held at a time; the ontology and taxonomies, small, are read first.
     */
    static Iterator<Document> of(DatasetGraph dsg) {
        return of(dsg, true);
    }

    /** As {@link #of(DatasetGraph)}; {@code skipping} false reads every triple (tests compare the two). */
    static Iterator<Document> of(DatasetGraph dsg, boolean skipping) {
        Map<Node, Map<Node, Set<String>>> vocabNames = new LinkedHashMap<>();
        Map<Node, List<Node>> vocabTypes = new LinkedHashMap<>();
        for (Node gn : sourceGraphs()) {
            dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> collect(q.getSubject(), q.getPredicate(),
                    q.getObject(), vocabNames, vocabTypes));
        }
        Map<Node, String> typeLabels = new LinkedHashMap<>();
        // class names come from the vocabulary; copied, as its own entries are used up below
        Map<Node, Map<Node, Set<String>>> classNames = new LinkedHashMap<>(vocabNames);
        classNames.keySet().removeIf(n -> !n.isURI() || !n.getURI().startsWith(OURS));
        Iterator<org.apache.jena.graph.Triple> data = skipping ? dataTriples(dsg, vocabNames.keySet()) : dsg.getDefaultGraph().find();
        return new Iterator<>() {
            private org.apache.jena.graph.Triple pending = data.hasNext() ? data.next() : null;
            private Iterator<Node> rest;
            private Document next = advance();

            private Document advance() {
                while (pending != null) {
                    Node s = pending.getSubject();
                    Map<Node, Map<Node, Set<String>>> names = new LinkedHashMap<>();
                    Map<Node, List<Node>> types = new LinkedHashMap<>();
                    while (pending != null && pending.getSubject().equals(s)) {
                        collect(s, pending.getPredicate(), pending.getObject(), names, types);
                        pending = data.hasNext() ? data.next() : null;
                    }
                    Map<Node, Set<String>> vn = vocabNames.remove(s);
                    List<Node> vt = vocabTypes.remove(s);
                    Document d = make(s, merge(names.get(s), vn), union(types.get(s), vt));
                    if (d != null) {
                        return d;
                    }
                }
                if (rest == null) {
                    rest = new ArrayList<>(vocabNames.keySet()).iterator();
                }
                while (rest.hasNext()) {
                    Node s = rest.next();
                    Document d = make(s, vocabNames.get(s), vocabTypes.get(s));
                    if (d != null) {
                        return d;
                    }
                }
                return null;
            }

            private Document make(Node s, Map<Node, Set<String>> names, List<Node> types) {
                if (names == null || names.isEmpty() || !s.isURI() || !s.getURI().startsWith(OURS)) {
                    return null;
                }
                List<Node> ts = types == null ? List.of() : types;
                ts.forEach(t -> typeLabels.computeIfAbsent(t, c -> best(classNames.get(c), c)));
                return document(s, ordered(names), ts, typeLabels);
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Document next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                Document d = next;
                next = advance();
                return d;
            }
        };
    }

    private static final List<Node> NAME_PROPERTIES = namesProperties();

    /** The predicates of the default-graph statements the documents are made of: the names and {@code rdf:type}. */
    static List<Node> sourceProperties() {
        List<Node> props = new ArrayList<>(NAME_PROPERTIES);
        props.add(RDF.type.asNode());
        return props;
    }

    /** The named graphs read whole: the ontology and the taxonomies. */
    static List<Node> sourceGraphs() {
        return List.of(NodeFactory.createURI(Graphs.ONTOLOGY), NodeFactory.createURI(Graphs.TAXONOMIES));
    }

    /**
     * The default graph's triples in subject order, as far as the documents need them: every
     * triple of the data has the same documents as these. In a TDB2 store, the triples whose
     * predicate is neither a name nor {@code rdf:type} are skipped before their nodes are decoded
     * (most of the store), except those of a resource the vocabulary names, whose place in
     * subject order decides where its document comes (decision 0022). Elsewhere, every triple.
     */
    private static Iterator<org.apache.jena.graph.Triple> dataTriples(DatasetGraph dsg, Set<Node> vocabSubjects) {
        if (!TDBInternal.isTDB2(dsg)) {
            return dsg.getDefaultGraph().find();
        }
        NodeTupleTable triples = TDBInternal.getDatasetGraphTDB(dsg).getTripleTable().getNodeTupleTable();
        NodeTable nodes = triples.getNodeTable();
        Set<NodeId> predicates = ids(nodes, NAME_PROPERTIES);
        predicates.addAll(ids(nodes, List.of(RDF.type.asNode())));
        Set<NodeId> subjects = ids(nodes, vocabSubjects);
        Iterator<Tuple<NodeId>> rows = triples.find(NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
        return org.apache.jena.atlas.iterator.Iter.iter(rows)
                .filter(t -> predicates.contains(t.get(1)) || subjects.contains(t.get(0)))
                .map(t -> org.apache.jena.graph.Triple.create(nodes.getNodeForNodeId(t.get(0)),
                        nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2))));
    }

    /** The store's ids of those {@code nodes} it holds. */
    private static Set<NodeId> ids(NodeTable table, java.util.Collection<Node> nodes) {
        Set<NodeId> out = new java.util.HashSet<>();
        for (Node n : nodes) {
            NodeId id = table.getNodeIdForNode(n);
            if (id != null && !NodeId.isDoesNotExist(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<Node> namesProperties() {
        List<Node> props = new ArrayList<>(LabelProperties.ALL);
        props.add(GKG.arxivId.asNode());
        return List.copyOf(props);
    }

    private static void collect(Node s, Node p, Node o, Map<Node, Map<Node, Set<String>>> names, Map<Node, List<Node>> types) {
        if (p.equals(RDF.type.asNode())) {
            List<Node> ts = types.computeIfAbsent(s, k -> new ArrayList<>());
            if (!ts.contains(o)) {
                ts.add(o);
            }
        } else if (o.isLiteral() && NAME_PROPERTIES.contains(p)) {
            names.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
        }
    }

    /** The names by property, in the order of {@link #NAME_PROPERTIES}. */
    private static Map<Node, Set<String>> ordered(Map<Node, Set<String>> names) {
        Map<Node, Set<String>> out = new LinkedHashMap<>();
        for (Node p : NAME_PROPERTIES) {
            Set<String> v = names.get(p);
            if (v != null) {
                out.put(p, v);
            }
        }
        return out;
    }

    private static Map<Node, Set<String>> merge(Map<Node, Set<String>> a, Map<Node, Set<String>> b) {
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        b.forEach((p, v) -> a.computeIfAbsent(p, k -> new TreeSet<>()).addAll(v));
        return a;
    }

    private static List<Node> union(List<Node> a, List<Node> b) {
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        b.stream().filter(t -> !a.contains(t)).forEach(a::add);
        return a;
    }

    /** The best name by the order of {@link LabelProperties#ALL}, or the IRI's last part. */
    private static String best(Map<Node, Set<String>> names, Node n) {
        if (names != null) {
            for (Node p : LabelProperties.ALL) {
                Set<String> values = names.get(p);
                if (values != null && !values.isEmpty()) {
                    return values.iterator().next();
                }
            }
        }
        String iri = n.isURI() ? n.getURI() : n.toString();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Document document(Node s, Map<Node, Set<String>> names, List<Node> types, Map<Node, String> typeLabels) {
        Document d = new Document();
        d.add(new StringField(IRI, s.getURI(), Field.Store.YES));
        Set<String> titles = names.getOrDefault(DCTerms.title.asNode(), Set.of());
        String label = best(names, s);
        d.add(new StoredField(LABEL, titles.isEmpty() || label.equals(titles.iterator().next()) ? label
                : titles.iterator().next() + " (" + label + ")"));
        Set<String> kinds = new LinkedHashSet<>();
        types.forEach(t -> kinds.add(typeLabels.get(t)));
        d.add(new StoredField(KIND, String.join(", ", kinds)));
        for (Set<String> values : names.values()) {
            for (String v : values) {
                d.add(new TextField(TEXT, v, Field.Store.NO));
                d.add(new StringField(EXACT, v.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        titles.forEach(t -> d.add(new TextField(TITLE, t, Field.Store.NO)));
        return d;
    }
}
