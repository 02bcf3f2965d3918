package org.grpokg.server.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the server answers, path by path: which methods each address serves and to whom. One
 * table serves two ends: {@link MethodFilter} answers 405 to any method an address does not serve
 * (TRACE, PROPFIND, made-up ones ...), and {@link #describe} prints what is exposed when the server
 * listens beyond loopback. Paths not in the table serve GET and HEAD only (most answer 404).
 */
public final class Exposure {

    /** A group of addresses serving the same methods to the same people. */
    public record Route(String what, List<String> paths, Set<String> methods, String who) {
        boolean matches(String path) {
            return paths.stream().anyMatch(p -> p.endsWith("/*")
                    ? path.equals(p.substring(0, p.length() - 2)) || path.startsWith(p.substring(0, p.length() - 1))
                    : path.equals(p));
        }

        /** How specific the best matching path is: exact beats prefix, longer prefix beats shorter. */
        int specificity(String path) {
            return paths.stream().filter(p -> new Route(what, List.of(p), methods, who).matches(path))
                    .mapToInt(p -> p.endsWith("/*") ? p.length() : 10_000).max().orElse(-1);
        }
    }

    static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> QUERY = Set.of("GET", "HEAD", "POST", "OPTIONS");

    /** Where the UI lives: its calls to {@code /ui/kg/...} and {@code /ui/$/...} are redirected (307) to the same address without it. */
    static final String UI = "/ui";

    private final String dataset;
    private final List<Route> routes;
    private final UpdateAccess updates;

    private Exposure(String dataset, List<Route> routes, UpdateAccess updates) {
        this.dataset = dataset;
        this.routes = List.copyOf(routes);
        this.updates = updates;
    }

    /** The server's addresses; {@code updates} null means read-only. */
    public static Exposure of(String dataset, UpdateAccess updates) {
        String anyone = "anyone";
        List<Route> r = new ArrayList<>();
        r.add(new Route("pages and linked data", List.of("/", "/search", "/queries", "/lineage", "/lineage.json", "/timeline",
                "/.well-known/void", "/id/*", "/ontology", "/ontology/*", "/taxonomies", "/taxonomies/*", "/static/*", "/index.html"), READ, anyone));
        r.add(new Route("Fuseki UI and its status (the UI's calls to /ui" + dataset + "/... and /ui/$/... are redirected to the addresses without /ui)",
                List.of("/ui/*", "/$/ping", "/$/server", "/$/stats/*"), READ, anyone));
        if (updates == null) {
            r.add(new Route("SPARQL query", List.of(dataset + "/sparql", dataset + "/query", dataset), QUERY, anyone));
            r.add(new Route("Graph Store read (every graph)", List.of(dataset + "/get"), READ, anyone));
        } else {
            String writers = "users " + String.join(", ", updates.users().writers()) + " of " + updates.users().file()
                    + " (HTTP Basic)";
            r.add(new Route("SPARQL query", List.of(dataset + "/sparql", dataset + "/query"), QUERY, anyone));
            r.add(new Route("Graph Store read (every graph)", List.of(dataset + "/get"), READ, anyone));
            r.add(new Route("SPARQL query and Graph Store read; SPARQL Update and Graph Store writes",
                    List.of(dataset), Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"), "reads: anyone; writes: " + writers));
            r.add(new Route("SPARQL Update", List.of(dataset + "/update"), Set.of("POST", "OPTIONS"), writers));
            r.add(new Route("Graph Store read and write", List.of(dataset + "/data"),
                    Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"), "reads: anyone; writes: " + writers));
        }
        return new Exposure(dataset, r, updates);
    }

    /** True when some address takes writes (the server was started with updates). */
    public boolean writable() {
        return updates != null;
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route serving {@code path}, if the table names it. */
    public Optional<Route> route(String path) {
        if (path.startsWith(UI + dataset) || path.startsWith(UI + "/$/")) {
            // FusekiUiServlet redirects these, keeping the method: they serve what their target serves
            return route(path.substring(UI.length()));
        }
        return routes.stream().filter(r -> r.matches(path)).max(Comparator.comparingInt(r -> r.specificity(path)));
    }

    /** The methods {@code path} serves, upper case. */
    public Set<String> methods(String path) {
        return route(path).map(Route::methods).orElse(READ);
    }

    private static String size(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** The value of an {@code Allow} header for {@code path}. */
    public String allow(String path) {
        return String.join(", ", new TreeSet<>(methods(path)));
    }

    public boolean serves(String path, String method) {
        return methods(path).contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * What a listener on {@code host}:{@code port} exposes, one line per group of addresses, then
     * whether anything can be written and by whom. Printed by {@code serve} beyond loopback.
     */
    public List<String> describe(String host, int port) {
        List<String> lines = new ArrayList<>();
        lines.add("Exposed on " + host + " port " + port + " to every host that can reach it:");
        for (Route r : routes) {
            lines.add("  " + String.join(", ", new TreeSet<>(r.methods())) + "  " + String.join(" ", r.paths().stream()
                    .map(p -> p.endsWith("/*") ? p.substring(0, p.length() - 1) + "..." : p).toList())
                    + "  : " + r.what() + "; " + r.who());
        }
        if (updates == null) {
            lines.add("  Writes: none. The server is read-only: SPARQL Update and Graph Store writes answer 405 (started without --allow-update).");
        } else {
            lines.add("  Writes: SPARQL Update and Graph Store PUT, POST, DELETE by " + String.join(", ", updates.users().writers())
                    + " only (HTTP Basic, " + updates.users().file() + "); bodies up to " + size(updates.maxBody()) + ".");
            if (!updates.users().readOnlyUsers().isEmpty()) {
                lines.add("  Known users without the '" + PasswordFile.UPDATE_ROLE + "' role get 403: "
                        + String.join(", ", updates.users().readOnlyUsers()) + ".");
            }
            lines.add("  HTTP Basic sends passwords in clear text: put a TLS proxy in front of this port.");
        }
        lines.add("  Every other method (TRACE, PROPFIND ...) answers 405.");
        return lines;
    }
}
