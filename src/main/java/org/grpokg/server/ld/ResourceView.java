package org.grpokg.server.ld;

import org.grpokg.rdf.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;

/**
 * The model of a resource's page ({@code pages/resource.mustache}): label and types, every
 * property with its values linked by label, incoming links grouped by meaning, external links,
 * the sources of each statement, corrections to the catalogue, and the statements of a
 * document (the ontology's terms, each with an anchor). Plain maps and lists only: the template
 * escapes everything.
 */
public final class ResourceView {

    /** Shown under a correction rather than as rows of the property table. */
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(GKG.hasCorrection.asNode());

    private final DatasetGraph dsg;
    private final Labels labels;

    public ResourceView(DatasetGraph dsg) {
        this.dsg = dsg;
        this.labels = new Labels(dsg);
    }

    /** Call inside a read transaction. */
    public Map<String, Object> model(ResourceFacts facts) {
        Node s = facts.subject();
        String iri = s.getURI();
        Map<String, Object> m = new HashMap<>();
        // a work is headed by its title, with its short name under it
        String title = labels.distinctObjects(s, org.apache.jena.vocabulary.DCTerms.title.asNode()).stream()
                .findFirst().map(labels::label).orElse(labels.label(s));
        m.put("title", title);
        if (!title.equals(labels.label(s))) {
            m.put("subtitle", labels.label(s));
        }
        m.put("iri", iri);
        m.put("types", links(labels.types(s)));
        m.put("externalLinks", ExternalLinks.of(s, labels).stream()
                .map(l -> Map.of("linkLabel", l.label(), "linkHref", l.href())).toList());
        putList(m, "properties", "hasProperties", properties(facts));
        putList(m, "incoming", "hasIncoming", incoming(facts));
        putList(m, "corrections", "hasCorrections", corrections(s));
        putList(m, "document", "hasDocument", document(facts.document()));
        m.put("fusekiHref", ServerQueries.fusekiUiLink(ServerQueries.aboutResource(iri)));
        m.put("searchTerm", labels.label(s));
        List<Map<String, String>> rdf = new ArrayList<>();
        for (RdfVariant v : RdfVariant.rdfOnly()) {
            rdf.add(Map.of("type", v.mediaType(), "alternateHref", LocalIris.localPath(iri) + "?format=" + v.formatParam(),
                    "name", v.name().equals("RDFXML") ? "RDF/XML" : v.name().equals("JSONLD") ? "JSON-LD"
                            : v.name().equals("NTRIPLES") ? "N-Triples" : "Turtle"));
        }
        m.put("alternates", rdf);
        return m;
    }

    private List<Map<String, Object>> properties(ResourceFacts facts) {
        Map<Node, List<Map<String, Object>>> byProperty = new LinkedHashMap<>();
        for (ResourceFacts.Fact f : facts.outgoing()) {
            if (SHOWN_ELSEWHERE.contains(f.predicate())) {
                continue;
            }
            Map<String, Object> value = value(f.object());
            putList(value, "sources", "hasSources", sources(f.sources()));
            byProperty.computeIfAbsent(f.predicate(), k -> new ArrayList<>()).add(value);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
            out.add(map("propertyLabel", labels.label(p), "propertyHref", href(p), "values", values,
                    "sortKey", p.equals(RDF.type.asNode()) ? "" : labels.label(p).toLowerCase()));
        });
        out.sort(Comparator.comparing(r -> (String) r.get("sortKey")));
        return out;
    }

    private List<Map<String, Object>> incoming(ResourceFacts facts) {
        List<Map<String, Object>> out = new ArrayList<>();
        facts.incomingCounts().forEach((p, count) -> {
            List<Map<String, Object>> values = new ArrayList<>();
            for (Node in : facts.incoming(p)) {
                Map<String, Object> v = value(in);
                List<Node> types = labels.types(in);
                if (!types.isEmpty()) {
                    v.put("typeLabel", types.stream().map(labels::label).sorted().findFirst().orElse(""));
                }
                values.add(v);
            }
            values.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
            Map<String, Object> group = new HashMap<>();
            group.put("heading", InverseLabels.heading(p, labels));
            group.put("count", count);
            group.put("values", values);
            if (count > values.size()) {
                group.put("more", count - values.size());
            }
            out.add(group);
        });
        out.sort(Comparator.comparing(g -> (String) g.get("heading")));
        return out;
    }

    /** The corrections of a record, or, on a work's page, those of the records that list it. */
    private List<Map<String, Object>> corrections(Node s) {
        List<Node> corrected = new ArrayList<>(List.of(s));
        dsg.find(Node.ANY, Node.ANY, Vocab.Foaf.primaryTopic.asNode(), s)
                .forEachRemaining(q -> corrected.add(q.getSubject()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node c : corrected.stream().distinct().flatMap(r -> labels.distinctObjects(r, GKG.hasCorrection.asNode()).stream()).toList()) {
            out.add(map("correctionHref", href(c),
                    "field", first(c, GKG.correctedField.asNode()),
                    "listed", first(c, GKG.listedValue.asNode()),
                    "actual", first(c, GKG.actualValue.asNode()),
                    "comment", first(c, RDFS.comment.asNode()),
                    "sources", sources(Set.copyOf(labels.distinctObjects(c, Vocab.Prov.wasDerivedFrom.asNode())))));
        }
        return out;
    }

    private String first(Node s, Node p) {
        return labels.distinctObjects(s, p).stream().findFirst().map(labels::label).orElse(null);
    }

    private List<Map<String, Object>> document(Set<Triple> triples) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        triples.forEach(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        List<Map<String, Object>> out = new ArrayList<>();
        bySubject.forEach((subject, ts) -> {
            Map<Node, List<Map<String, Object>>> byProperty = new LinkedHashMap<>();
            ts.forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(value(t.getObject())));
            List<Map<String, Object>> props = new ArrayList<>();
            // in text order, as on the property table: not in the order the store happens to return them
            byProperty.forEach((p, values) -> {
                values.sort(Comparator.comparing(v -> String.valueOf(v.get("text"))));
                props.add(map("propertyLabel", labels.label(p), "values", values));
            });
            props.sort(Comparator.comparing(r -> (String) r.get("propertyLabel")));
            out.add(map("termAnchor", anchor(subject), "termLabel", labels.label(subject),
                    "termIri", subject.isURI() ? subject.getURI() : null, "termHref", href(subject), "termProperties", props));
        });
        out.sort(Comparator.comparing(e -> ((String) e.get("termLabel")).toLowerCase()));
        return out;
    }

    /** The fragment of a hash IRI (the term's anchor on the ontology page), else null. */
    static String anchor(Node n) {
        if (!n.isURI() || n.getURI().indexOf('#') < 0) {
            return null;
        }
        return n.getURI().substring(n.getURI().indexOf('#') + 1);
    }

    private List<Map<String, Object>> links(List<Node> nodes) {
        return nodes.stream().map(this::value).sorted(Comparator.comparing(v -> String.valueOf(v.get("text")))).toList();
    }

    /** A value for display: a resource as a link by its label, a literal as text with its datatype or language. */
    private Map<String, Object> value(Node o) {
        Map<String, Object> v = new HashMap<>();
        if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm());
            v.put("literal", true);
            String lang = o.getLiteralLanguage();
            if (!lang.isEmpty()) {
                v.put("lang", lang);
            } else if (!o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
                v.put("datatype", Vocab.shortForm(o.getLiteralDatatypeURI()));
            }
            return v;
        }
        v.put("text", labels.label(o));
        v.put("href", href(o));
        if (o.isURI() && !LocalIris.isOurs(o.getURI())) {
            v.put("external", true);
        }
        return v;
    }

    /** Where a link to a resource goes: its page here, or the address itself for web pages elsewhere; null for anything else. */
    private static String href(Node n) {
        if (!n.isURI()) {
            return null;
        }
        if (LocalIris.isOurs(n.getURI())) {
            return LocalIris.localPath(n.getURI());
        }
        return ExternalLinks.webAddress(n);
    }

    private List<Map<String, Object>> sources(Set<Node> sources) {
        return sources.stream().map(src -> map("sourceLabel", labels.label(src), "sourceHref", href(src)))
                .sorted(Comparator.comparing(m -> (String) m.get("sourceLabel"))).toList();
    }

    /** The list, and a flag saying whether it has items (a template shows a heading only then). */
    static void putList(Map<String, Object> m, String key, String flag, List<?> list) {
        m.put(key, list);
        m.put(flag, !list.isEmpty());
    }

    /** A map of the pairs whose value is not null (a missing key hides a template section). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }
}
