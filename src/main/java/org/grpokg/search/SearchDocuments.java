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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
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

    /** Reads the names of every resource in one read transaction, then yields the documents. */
    static Iterator<Document> of(DatasetGraph dsg) {
        Map<Node, Map<Node, Set<String>>> names = Txn.calculateRead(dsg, () -> names(dsg));
        Map<Node, String> typeLabels = new LinkedHashMap<>();
        // one scan of rdf:type (not one find per subject: over an in-memory dataset with a graph
        // per source, a find in every graph per subject made the index cost grow with sources x subjects)
        Map<Node, List<Node>> types = Txn.calculateRead(dsg, () -> {
            Map<Node, List<Node>> t = new LinkedHashMap<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (names.containsKey(q.getSubject())) {
                    List<Node> ts = t.computeIfAbsent(q.getSubject(), k -> new ArrayList<>());
                    if (!ts.contains(q.getObject())) {
                        ts.add(q.getObject());
                        typeLabels.computeIfAbsent(q.getObject(), c -> best(names.get(c), c));
                    }
                }
            });
            return t;
        });
        Iterator<Map.Entry<Node, Map<Node, Set<String>>>> it = names.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Document next() {
                var e = it.next();
                return document(e.getKey(), e.getValue(), types.getOrDefault(e.getKey(), List.of()), typeLabels);
            }
        };
    }

    private static Map<Node, Map<Node, Set<String>>> names(DatasetGraph dsg) {
        Map<Node, Map<Node, Set<String>>> out = new LinkedHashMap<>();
        List<Node> props = new ArrayList<>(LabelProperties.ALL);
        props.add(GKG.arxivId.asNode());
        for (Node p : props) {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(OURS) && q.getObject().isLiteral()) {
                    out.computeIfAbsent(q.getSubject(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(p, k -> new TreeSet<>()).add(q.getObject().getLiteralLexicalForm());
                }
            }
        }
        return out;
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
