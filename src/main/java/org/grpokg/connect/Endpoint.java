package org.grpokg.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of a SPARQL 1.1 store's dataset: where queries go, where updates go (null when
 * the store takes none) and its Graph Store Protocol endpoint. {@link #of} lays them out as
 * Fuseki does ({@code DATASET/sparql}, {@code DATASET/update}, {@code DATASET/data}); each can be
 * given on its own for stores laid out otherwise.
 * <p>
 * {@code defaultGraph}, when not null, is the named graph that holds the default graph, for
 * stores whose default graph is the union of all their graphs, their own included (Virtuoso):
 * queries are sent with {@code default-graph-uri} set to it (SPARQL Protocol), and loads and
 * reads of the default graph use that graph.
 */
public record Endpoint(String dataset, String query, String update, String gsp, String defaultGraph) {

    /** A store with a default graph of its own. */
    public Endpoint(String dataset, String query, String update, String gsp) {
        this(dataset, query, update, gsp, null);
    }

    /** {@link #of(String, String, String, String, String)} for a store with a default graph of its own. */
    public static Endpoint of(String dataset, String queryOverride, String updateOverride, String gspOverride) {
        return of(dataset, queryOverride, updateOverride, gspOverride, null);
    }

    /**
     * A store's dataset at {@code dataset} (e.g. {@code http://host:3030/ds}); a non-null
     * override replaces the address under it; {@code defaultGraph} (an absolute IRI, or null) the
     * named graph holding the default graph.
     *
     * @throws IllegalArgumentException when an address is not an absolute http(s) URL, or the
     *         default graph not an absolute IRI
     */
    public static Endpoint of(String dataset, String queryOverride, String updateOverride, String gspOverride, String defaultGraph) {
        String base = checked(dataset, "--endpoint").replaceFirst("/+$", "");
        String query = queryOverride != null ? checked(queryOverride, "--query-endpoint") : base + "/sparql";
        if (defaultGraph != null) {
            checkedIri(defaultGraph);
            query = query + (query.contains("?") ? "&" : "?") + "default-graph-uri="
                    + URLEncoder.encode(defaultGraph, StandardCharsets.UTF_8);
        }
        return new Endpoint(base, query,
                updateOverride != null ? checked(updateOverride, "--update-endpoint") : base + "/update",
                gspOverride != null ? checked(gspOverride, "--gsp-endpoint") : base + "/data",
                defaultGraph);
    }

    /**
     * The query address without {@code default-graph-uri}: for listing the named graphs, which a
     * store that follows the SPARQL Protocol to the letter hides from a request naming only a
     * default graph (Fuseki does; Virtuoso does not).
     */
    public String queryOfAllGraphs() {
        if (defaultGraph == null) {
            return query;
        }
        String param = "default-graph-uri=" + URLEncoder.encode(defaultGraph, StandardCharsets.UTF_8);
        return query.endsWith(param) ? query.substring(0, query.length() - param.length() - 1) : query;
    }

    private static void checkedIri(String iri) {
        try {
            URI u = new URI(iri);
            if (!u.isAbsolute() || iri.contains(" ")) {
                throw new IllegalArgumentException("--default-graph takes an absolute IRI (e.g. urn:x-grpo-kg:default), not " + iri);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--default-graph takes an absolute IRI (e.g. urn:x-grpo-kg:default), not " + iri);
        }
    }

    /** The read-only dataset of a running {@code grpo-kg serve} at {@code baseUrl} (ending in '/'). */
    public static Endpoint ofServer(String baseUrl) {
        String base = baseUrl + "kg";
        return new Endpoint(base, base + "/sparql", null, base + "/get");
    }

    private static String checked(String url, String option) {
        try {
            URI u = new URI(url);
            if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException(option + " takes an http:// or https:// address with a host, not " + url);
            }
            if (u.getUserInfo() != null) {
                throw new IllegalArgumentException(option + ": put no user or password in the address"
                        + " (use --credentials FILE or GRPO_KG_USER and GRPO_KG_PASSWORD)");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(option + " is not a URL: " + url);
        }
    }
}
