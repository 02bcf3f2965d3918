package org.grpokg.connect;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateRequest;

/**
 * Replaces everything a store's dataset holds with a built graph (the default graph and every
 * named graph). Two ways, as atomic as the store allows:
 * <ul>
 * <li>{@link Mode#UPDATE}: one SPARQL Update request, {@code DROP ALL} then {@code INSERT DATA}
 * of every quad. A store that runs a request in one transaction (Fuseki, RDF4J, GraphDB ...)
 * swaps the whole graph at once: readers see the old graph or the new one, never a mix, and a
 * failed load leaves the old one.</li>
 * <li>{@link Mode#PER_GRAPH}: a Graph Store Protocol PUT per graph (each graph replaced at once),
 * then a DELETE for each graph the build no longer has. For stores without SPARQL Update; between
 * two requests readers see some graphs new and others old, and a load that fails half-way leaves
 * that mix until it is run again.</li>
 * </ul>
 */
public final class EndpointLoader {

    /** How the graph is sent. */
    public enum Mode { UPDATE, PER_GRAPH }

    /**
     * What a load did: quads sent, named graphs written and graphs deleted, requests made, and
     * the graphs the build does not have that were left in the store (with a graph named for the
     * default graph: such a store keeps graphs of its own, which are never deleted).
     */
    public record Result(long quads, int namedGraphs, List<String> deleted, int requests, List<String> left) {
        public Result(long quads, int namedGraphs, List<String> deleted, int requests) {
            this(quads, namedGraphs, deleted, requests, List.of());
        }
    }

    private EndpointLoader() {
    }

    /** Makes {@code target} hold exactly {@code graph}. */
    public static Result replace(GraphSource target, Dataset graph, Mode mode) {
        DatasetGraph dsg = graph.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> mode == Mode.UPDATE ? byUpdate(target, dsg) : perGraph(target, graph));
    }

    private static Result byUpdate(GraphSource target, DatasetGraph dsg) {
        Node dft = defaultGraph(target).map(NodeFactory::createURI).orElse(null);
        QuadDataAcc quads = new QuadDataAcc();
        Set<Node> named = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            quads.addQuad(dft != null && q.isDefaultGraph() ? Quad.create(dft, q.asTriple()) : q);
            if (!q.isDefaultGraph()) {
                named.add(q.getGraph());
            }
        }
        UpdateRequest request = new UpdateRequest().add(new UpdateDrop(Target.ALL, true));
        if (dft != null) {
            // DROP ALL does nothing on Virtuoso: each graph written is emptied by name first
            request.add(new UpdateClear(Target.create(dft), true));
            named.forEach(g -> request.add(new UpdateClear(Target.create(g), true)));
        }
        request.add(new UpdateDataInsert(quads));
        target.call(conn -> {
            conn.update(request);
            return null;
        });
        return new Result(quads.getQuads().size(), named.size(), List.of(), 1);
    }

    private static Optional<String> defaultGraph(GraphSource target) {
        return target.endpoint().map(Endpoint::defaultGraph);
    }

    private static Result perGraph(GraphSource target, Dataset graph) {
        Optional<String> dft = defaultGraph(target);
        return target.call(conn -> {
            List<String> before = dft.isPresent() ? RemoteGraphs.names(target) : RemoteGraphs.names(conn);
            long quads = graph.getDefaultModel().size();
            if (dft.isPresent()) {
                conn.put(dft.get(), graph.getDefaultModel());
            } else {
                conn.put(graph.getDefaultModel());
            }
            int requests = 2;
            Set<String> built = new LinkedHashSet<>();
            for (Iterator<String> it = graph.listNames(); it.hasNext(); ) {
                built.add(it.next());
            }
            for (String g : built) {
                quads += graph.getNamedModel(g).size();
                conn.put(g, graph.getNamedModel(g));
                requests++;
            }
            List<String> deleted = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (String g : before) {
                if (built.contains(g) || dft.filter(g::equals).isPresent()) {
                    continue;
                }
                if (dft.isPresent()) {
                    // Virtuoso's own graphs (virtrdf#, which describes its storage, ...) are listed too
                    left.add(g);
                } else {
                    conn.delete(g);
                    deleted.add(g);
                    requests++;
                }
            }
            return new Result(quads, built.size(), deleted, requests, left);
        });
    }
}
