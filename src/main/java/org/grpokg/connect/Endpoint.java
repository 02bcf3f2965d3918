package org.grpokg.connect;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The addresses of a SPARQL 1.1 store's dataset: where queries go, where updates go (null when
 * the store takes none) and its Graph Store Protocol endpoint. {@link #of} lays them out as
 * Fuseki does ({@code DATASET/sparql}, {@code DATASET/update}, {@code DATASET/data}); each can be
 * given on its own for stores laid out otherwise.
 */
public record Endpoint(String dataset, String query, String update, String gsp) {

    /**
     * A store's dataset at {@code dataset} (e.g. {@code http://host:3030/ds}); a non-null
     * override replaces the address under it.
     *
     * @throws IllegalArgumentException when an address is not an absolute http(s) URL
     */
    public static Endpoint of(String dataset, String queryOverride, String updateOverride, String gspOverride) {
        String base = checked(dataset, "--endpoint").replaceFirst("/+$", "");
        return new Endpoint(base,
                queryOverride != null ? checked(queryOverride, "--query-endpoint") : base + "/sparql",
                updateOverride != null ? checked(updateOverride, "--update-endpoint") : base + "/update",
                gspOverride != null ? checked(gspOverride, "--gsp-endpoint") : base + "/data");
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
