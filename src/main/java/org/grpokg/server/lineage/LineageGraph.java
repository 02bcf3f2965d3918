package org.grpokg.server.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.server.ld.LocalIris;

/**
 * The lineage as nodes and links: entries, the code bases and models that lineage links touch,
 * and the links {@code gkg:buildsOn}, {@code gkg:baseModel}, {@code fair4ml:fineTunedFrom},
 * {@code gkg:releasesModel}. Read with {@code server/lineage.rq}; served as JSON for the
 * picture at /lineage and as a plain list beside it.
 */
public record LineageGraph(List<Node> nodes, List<Link> links) {

    /** A node: {@code kind} is entry, repository or model; {@code released} marks a model an entry released. */
    public record Node(String iri, String label, String kind, String path, boolean released) {
    }

    /** A link named by the local name of its property (buildsOn, baseModel, fineTunedFrom, releasesModel). */
    public record Link(String from, String relation, String to) {
    }

    private static final ServedQuery QUERY = ServedQuery.load("lineage");

    /** One row of the query: a node, and one of its outgoing links or none. */
    private record Row(String node, String kind, String label, String relation, String target) {
        static Row of(QuerySolution s) {
            return new Row(s.getResource("node").getURI(), s.getLiteral("kind").getLexicalForm(),
                    s.getLiteral("label").getLexicalForm(), localName(s.get("relation")), uri(s.get("target")));
        }
    }

    public static LineageGraph read(DatasetGraph dsg) {
        return of(QUERY.select(dsg, Row::of));
    }

    private static LineageGraph of(List<Row> rows) {
        Set<String> released = new LinkedHashSet<>();
        Set<Link> links = new LinkedHashSet<>();
        for (Row r : rows) {
            if (r.relation() != null && r.target() != null) {
                links.add(new Link(r.node(), r.relation(), r.target()));
                if (r.relation().equals("releasesModel")) {
                    released.add(r.target());
                }
            }
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Row r : rows) {
            nodes.putIfAbsent(r.node(), new Node(r.node(), r.label(), r.kind(), LocalIris.localPath(r.node()),
                    r.kind().equals("model") && released.contains(r.node())));
        }
        // a link to something that is none of the three kinds (a typo in the data) is left out, not drawn dangling
        List<Link> drawn = new ArrayList<>();
        for (Link l : links) {
            if (nodes.containsKey(l.to())) {
                drawn.add(l);
            }
        }
        return new LineageGraph(List.copyOf(nodes.values()), List.copyOf(drawn));
    }

    /** The nodes of one kind, in label order. */
    public List<Node> nodesOfKind(String kind) {
        return nodes.stream().filter(n -> n.kind().equals(kind)).toList();
    }

    public JsonObject toJson() {
        JsonArray ns = new JsonArray();
        for (Node n : nodes) {
            JsonObject o = new JsonObject();
            o.put("id", n.iri());
            o.put("label", n.label());
            o.put("kind", n.kind());
            o.put("path", n.path());
            o.put("released", n.released());
            ns.add(o);
        }
        JsonArray ls = new JsonArray();
        for (Link l : links) {
            JsonObject o = new JsonObject();
            o.put("source", l.from());
            o.put("relation", l.relation());
            o.put("target", l.to());
            ls.add(o);
        }
        JsonObject json = new JsonObject();
        json.put("nodes", ns);
        json.put("links", ls);
        return json;
    }

    private static String uri(RDFNode n) {
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static String localName(RDFNode n) {
        String uri = uri(n);
        return uri == null ? null : uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}
