package org.grpokg.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * The graphs a store holds, read with the Graph Store Protocol: every graph in one request where
 * the store sends whole datasets (Fuseki does), else the default graph and each named graph (found
 * by a SPARQL query) one by one. An answer that is not RDF is refused by its content type before
 * any parsing, and parse errors are not logged: the caller reports them in one line.
 */
final class RemoteGraphs {

    static final String GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g";
    /**
     * The same names from the statements: for stores that answer {@code GRAPH ?g { }} with one row
     * and ?g unbound (Virtuoso 7) instead of a row per graph. A scan of every quad, so asked only then.
     */
    static final String GRAPH_NAMES_BY_STATEMENTS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";
    private static final String TRIPLES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5";
    private static final String QUADS = "application/n-quads, application/trig;q=0.9";

    private final HttpClient http;
    private final String gsp;
    private final String defaultGraph;
    private final GraphSource source;

    /** The graphs at {@code gsp}; {@code defaultGraph} the named graph holding the default graph, or null (see {@link Endpoint}). */
    RemoteGraphs(HttpClient http, String gsp, String defaultGraph) {
        this(http, gsp, defaultGraph, null);
    }

    /** As above; graph names asked of {@code source} (see {@link #names(GraphSource)}). */
    RemoteGraphs(HttpClient http, String gsp, String defaultGraph, GraphSource source) {
        this.http = http;
        this.gsp = gsp;
        this.defaultGraph = defaultGraph;
        this.source = source;
    }

    /**
     * A copy in memory of every graph: the default graph and each named graph. With a graph named
     * for the default graph, graph by graph (a whole dataset's default graph would be the store's
     * own, the union of everything), and that graph is not a named graph of the copy.
     */
    Dataset fetchAll(RDFConnection conn) {
        if (defaultGraph == null) {
            Dataset ds = DatasetFactory.create();
            try {
                get(gsp, QUADS, StreamRDFLib.dataset(ds.asDatasetGraph()));
                return ds;
            } catch (HttpException e) {
                // the protocol names no request for a whole dataset: some stores refuse it, then ask graph by graph
                int s = e.getStatusCode();
                if (s < 400 || s >= 500 || s == 401 || s == 403) {
                    throw e;
                }
            }
        }
        Dataset ds = DatasetFactory.create();
        ds.setDefaultModel(fetch(null));
        for (String g : source == null ? names(conn) : names(source)) {
            if (!g.equals(defaultGraph)) {
                ds.addNamedModel(g, fetch(g));
            }
        }
        return ds;
    }

    /** The default graph ({@code graph} null: the graph named for it when there is one) or a named graph. */
    Model fetch(String graph) {
        if (graph == null && defaultGraph != null) {
            graph = defaultGraph;
        }
        Model m = ModelFactory.createDefaultModel();
        String sep = gsp.contains("?") ? "&" : "?";
        get(gsp + sep + (graph == null ? "default" : "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)),
                TRIPLES, StreamRDFLib.graph(m.getGraph()));
        return m;
    }

    /**
     * The names of the named graphs of {@code source}; for a store with a graph named for the
     * default graph, asked without {@code default-graph-uri} and without that graph.
     */
    static List<String> names(GraphSource source) {
        Optional<Endpoint> e = source.endpoint().filter(x -> x.defaultGraph() != null);
        if (e.isEmpty()) {
            return source.read(RemoteGraphs::names);
        }
        RDFConnection conn = RDFConnectionRemote.newBuilder().queryEndpoint(e.get().queryOfAllGraphs())
                .querySendMode(GraphSource.QUERY_SEND_MODE).httpClient(source.httpClient().orElseThrow()).build();
        try (conn) {
            List<String> out = new ArrayList<>(names(conn));
            out.remove(e.get().defaultGraph());
            return out;
        }
    }

    /** The names of the store's named graphs (IRIs only). */
    static List<String> names(RDFConnection conn) {
        List<String> out = new ArrayList<>();
        boolean[] unbound = {false};
        conn.querySelect(GRAPH_NAMES, row -> {
            if (row.get("g") == null) {
                unbound[0] = true;
            } else if (row.get("g").isURIResource()) {
                out.add(row.getResource("g").getURI());
            }
        });
        if (unbound[0]) {
            out.clear();
            conn.querySelect(GRAPH_NAMES_BY_STATEMENTS, row -> {
                if (row.get("g") != null && row.get("g").isURIResource()) {
                    out.add(row.getResource("g").getURI());
                }
            });
        }
        return out;
    }

    private void get(String url, String accept, StreamRDF into) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new HttpException(response.statusCode(), "HTTP " + response.statusCode(), null);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").strip();
            Lang lang = RDFLanguages.contentTypeToLang(type);
            if (lang == null) {
                throw new RiotException("answered " + (type.isEmpty() ? "without a content type" : type) + ", not RDF");
            }
            RDFParser.source(body).lang(lang).base(url).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
