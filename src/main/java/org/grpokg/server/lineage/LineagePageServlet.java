package org.grpokg.server.lineage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.server.PageRenderer;

/**
 * {@code /lineage}: the page the script {@code /static/lineage.js} draws the graph into, with
 * a legend, and the same nodes and links as plain lists (for reading without the picture).
 */
final class LineagePageServlet extends HttpServlet {

    private static final Map<String, String> RELATIONS = Map.of(
            "buildsOn", "builds on", "baseModel", "base model",
            "fineTunedFrom", "fine-tuned from", "releasesModel", "releases");

    private final transient DatasetGraph dsg;

    LineagePageServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "lineage", model(LineageGraph.read(dsg)));
    }

    static Map<String, Object> model(LineageGraph graph) {
        Map<String, LineageGraph.Node> byIri = new HashMap<>();
        graph.nodes().forEach(n -> byIri.put(n.iri(), n));
        Map<String, List<LineageGraph.Link>> linksFrom = new HashMap<>();
        graph.links().forEach(l -> linksFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Lineage");
        model.put("headScripts", List.of(LineagePages.CYTOSCAPE, "/static/lineage.js"));
        model.put("nodeCount", graph.nodes().size());
        model.put("linkCount", graph.links().size());
        model.put("groups", List.of(
                group("Entries", graph, "entry", byIri, linksFrom),
                group("Code bases", graph, "repository", byIri, linksFrom),
                group("Models", graph, "model", byIri, linksFrom)));
        return model;
    }

    /** One list per kind of node, each node with its outgoing links (grouped once: linear in nodes + links). */
    private static Map<String, Object> group(String heading, LineageGraph graph, String kind,
                                             Map<String, LineageGraph.Node> byIri, Map<String, List<LineageGraph.Link>> linksFrom) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LineageGraph.Node n : graph.nodesOfKind(kind)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (LineageGraph.Link l : linksFrom.getOrDefault(n.iri(), List.of())) {
                LineageGraph.Node to = byIri.get(l.to());
                out.add(Map.of("relation", RELATIONS.getOrDefault(l.relation(), l.relation()),
                        "label", to.label(), "path", to.path()));
            }
            rows.add(Map.of("label", n.label(), "path", n.path(), "links", out));
        }
        return Map.of("heading", heading, "kind", kind, "nodes", rows, "count", rows.size());
    }
}
