package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.connect.Credentials;
import org.grpokg.connect.Endpoint;
import org.grpokg.connect.FusekiProcess;
import org.grpokg.connect.GraphSource;
import org.grpokg.connect.RemoteDatasetGraph;
import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.LiveFront;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --endpoint} as a live front (docs/decisions/0023-live-remote-front.md), against a
 * second Fuseki in its own JVM with HTTP Basic authentication: its pages, resource descriptions,
 * search, VoID, lineage pages, Graph Store reads and every library query through
 * {@code /kg/sparql} answer as a local serve of the same data does; a change made in the store
 * after the front started shows on the next request; a store that goes away gets one line and a
 * 502 per request while the front keeps running, and is answered again once it is back; wrong
 * credentials stop {@code serve} at start with one line and exit 6.
 */
class LiveFrontIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String GRPO = "https://w3id.org/grpo-kg/id/algorithm/grpo";

    private static Path dir;
    private static FusekiProcess fuseki;
    private static Path login;
    private static ServedGraph local;
    private static RunningServer live;

    @BeforeAll
    static void start() throws Exception {
        dir = TestPaths.tempDir("live-front-");
        Path store = dir.resolve("kg-store");
        CliRun built = CliRun.of("build", "--store", store.toString());
        assertEquals(0, built.code(), built.err());
        fuseki = FusekiProcess.start(dir);
        login = FusekiProcess.credentialsFile(dir, FusekiProcess.USER, FusekiProcess.PASSWORD);
        load();
        local = ServedGraph.serve(Workspace.of(null, store), null);
        // a lower result limit than the local serve's, so that a query over it is quick to refuse
        QueryLimits limits = new QueryLimits(QueryLimits.DEFAULT_MAX_QUERY_BYTES, QueryLimits.DEFAULT_SERVER_TIMEOUT, 20_000);
        live = LiveFront.start(RemoteDatasetGraph.of(remote(), limits), 0, true, limits, Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        if (live != null) {
            live.close();
        }
        if (local != null) {
            local.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static void load() {
        CliRun r = CliRun.of("build", "--endpoint", fuseki.dataset(), "--credentials", login.toString());
        assertEquals(0, r.code(), r.err() + fuseki.log());
    }

    private static GraphSource remote() {
        return GraphSource.remote(Endpoint.of(fuseki.dataset(), null, null, null),
                Optional.of(new Credentials(FusekiProcess.USER, FusekiProcess.PASSWORD)));
    }

    private static HttpResponse<String> get(String base, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The body with this server's port and the search page's timing taken out, and search hits
     * as a sorted list with their kinds sorted: hits of equal score, and the kinds of a hit, come
     * in the order the index was written in, which follows the order the store returned them.
     */
    private static String comparable(String base, HttpResponse<String> r) {
        String port = base.replaceAll(".*:(\\d+)/$", "$1");
        String body = r.body().replace(":" + port + "/", ":PORT/").replaceAll("[0-9]+\\.[0-9] ms", "N ms");
        if (!body.contains("<h1>Search</h1>")) {
            return body;
        }
        List<String> hits = new java.util.ArrayList<>();
        StringBuilder rest = new StringBuilder();
        java.util.regex.Pattern hit = java.util.regex.Pattern.compile("(<li><a href=\"[^\"]*\" class=\"text\">.*</a> <span class=\"muted\">)(.*)(</span></li>)");
        for (String line : body.lines().toList()) {
            java.util.regex.Matcher m = hit.matcher(line);
            if (m.matches()) {
                hits.add(m.group(1) + String.join(", ", new java.util.TreeSet<>(List.of(m.group(2).split(", ")))) + m.group(3));
            } else {
                rest.append(line).append('\n');
            }
        }
        hits.sort(null);
        return rest + String.join("\n", hits);
    }

    private static void assertSameAnswer(String path, String accept) throws Exception {
        HttpResponse<String> here = get(local.server().baseUrl(), path, accept);
        HttpResponse<String> there = get(live.baseUrl(), path, accept);
        assertEquals(200, here.statusCode(), path);
        assertEquals(200, there.statusCode(), path + ": " + there.body());
        assertEquals(here.headers().firstValue("Content-Type"), there.headers().firstValue("Content-Type"), path);
        assertEquals(comparable(local.server().baseUrl(), here), comparable(live.baseUrl(), there), path);
    }

    @Test
    void pagesAnswerAsALocalServeOfTheSameData() throws Exception {
        for (String path : List.of("", "?algorithm=grpo", "?kind=paper&page=1", "queries", "id/algorithm/grpo", "id/entry/arxiv/2503.05132",
                "ontology", "taxonomies", "lineage", "lineage.json", "timeline", ".well-known/void", "search?q=VisualThinker",
                "search?q=qwen", "id/no-such-thing")) {
            if (path.equals("id/no-such-thing")) {
                assertEquals(get(local.server().baseUrl(), path, null).statusCode(), get(live.baseUrl(), path, null).statusCode());
                continue;
            }
            assertSameAnswer(path, "text/html");
        }
        // RDF: the same statements (a writer's order follows the order the store returned them in)
        assertSameGraph("id/algorithm/grpo", "text/turtle");
        assertSameGraph("id/entry/arxiv/2503.05132", "application/n-triples");
        assertSameGraph(".well-known/void", "text/turtle");
    }

    @Test
    void sparqlAndGraphStoreAnswerAsALocalServe() throws Exception {
        for (LibraryQuery q : QueryLibrary.builtIn().queries()) {
            assertSameAnswer("kg/sparql?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), "text/csv");
        }
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/grpo-kg/taxonomies> { ?s ?p ?o } }";
        assertSameGraph("kg/sparql?query=" + URLEncoder.encode(construct, StandardCharsets.UTF_8));
        assertSameGraph("kg/sparql?query=" + URLEncoder.encode("DESCRIBE <" + GRPO + ">", StandardCharsets.UTF_8));
        assertSameGraph("kg/get?default");
        assertSameGraph("kg/get?graph=" + URLEncoder.encode("https://w3id.org/grpo-kg/ontology", StandardCharsets.UTF_8));
        assertSameAnswer("kg/sparql?query=" + URLEncoder.encode("ASK { ?s a <https://w3id.org/grpo-kg/ontology#Paper> }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        // the same limits: over the result limit is 507, not a cut 200
        HttpResponse<String> many = get(live.baseUrl(), "kg/sparql?query="
                + URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8), "text/csv");
        assertEquals(507, many.statusCode(), many.body());
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(live.baseUrl() + "kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, update.statusCode());
    }

    private static void assertSameGraph(String path) throws Exception {
        assertSameGraph(path, "application/n-triples");
    }

    private static void assertSameGraph(String path, String type) throws Exception {
        HttpResponse<String> here = get(local.server().baseUrl(), path, type);
        HttpResponse<String> there = get(live.baseUrl(), path, type);
        assertEquals(200, there.statusCode(), path + ": " + there.body());
        String lang = type.equals("text/turtle") ? "TURTLE" : "N-TRIPLES";
        String localBase = local.server().baseUrl();
        String liveBase = live.baseUrl();
        Model a = ModelFactory.createDefaultModel().read(new StringReader(here.body().replace(localBase, "http://host/")), null, lang);
        Model b = ModelFactory.createDefaultModel().read(new StringReader(there.body().replace(liveBase, "http://host/")), null, lang);
        assertTrue(a.size() > 0, path);
        assertTrue(a.isIsomorphicWith(b), path);
    }

    @Test
    void aChangeInTheStoreShowsOnTheNextRequest() throws Exception {
        String marker = "live-marker-" + System.nanoTime();
        String triple = "<" + GRPO + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"" + marker + "\"";
        assertFalse(get(live.baseUrl(), "id/algorithm/grpo", "text/html").body().contains(marker));
        // the same query before and after the change: a front keeps no answers (decision 0025), its store changes without telling
        String ask = "kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p \"" + marker + "\" }", StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> before = get(live.baseUrl(), ask, "application/sparql-results+json");
            assertTrue(before.body().contains("false"), before.body());
            assertTrue(before.headers().firstValue("X-Cache").isEmpty(), "a live front keeps no answers");
        }
        try (GraphSource store = remote()) {
            store.call(conn -> {
                conn.update("INSERT DATA { " + triple + " }");
                return null;
            });
            try {
                assertTrue(get(live.baseUrl(), "id/algorithm/grpo", "text/html").body().contains(marker));
                assertTrue(get(live.baseUrl(), "id/algorithm/grpo", "text/turtle").body().contains(marker));
                assertTrue(get(live.baseUrl(), ask, "application/sparql-results+json").body().contains("true"));
            } finally {
                store.call(conn -> {
                    conn.update("DELETE DATA { " + triple + " }");
                    return null;
                });
            }
        }
        assertFalse(get(live.baseUrl(), "id/algorithm/grpo", "text/html").body().contains(marker));
        assertTrue(get(live.baseUrl(), ask, "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void aStoreThatGoesAwayGetsOneLinePerRequestAndIsAnsweredAgainWhenBack() throws Exception {
        int port = fuseki.port();
        fuseki.close();
        try {
            for (String path : List.of("id/algorithm/grpo", "", "queries?x=1", "lineage",
                    "kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "kg/get?default")) {
                HttpResponse<String> r = get(live.baseUrl(), path, "text/html");
                if (path.startsWith("queries")) {
                    // the query library is the server's own: it does not ask the store
                    assertEquals(200, r.statusCode(), path);
                    continue;
                }
                assertEquals(502, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().contains("cannot reach " + fuseki.dataset() + ": connection refused"), path + ": " + r.body());
                assertTrue(r.body().strip().lines().count() <= 3, path + ": " + r.body());
                assertFalse(r.body().contains("Exception"), path + ": " + r.body());
            }
            // search is held here: it keeps answering from the index last read
            HttpResponse<String> search = get(live.baseUrl(), "search?q=VisualThinker", "text/html");
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("VisualThinker"));
        } finally {
            fuseki = FusekiProcess.start(dir, port);
            load();
        }
        assertSameAnswer("id/algorithm/grpo", "text/html");
        assertSameAnswer("", "text/html");
    }

    @Test
    void wrongCredentialsStopServeAtStart() throws Exception {
        Path wrong = FusekiProcess.credentialsFile(dir, FusekiProcess.USER, "not-the-password");
        CliRun r = CliRun.of("serve", "--port", "0", "--endpoint", fuseki.dataset(), "--credentials", wrong.toString());
        assertEquals(ExitCodes.UNAVAILABLE, r.code(), r.err());
        assertEquals("grpo-kg: " + fuseki.dataset() + " refused the credentials of user admin (401)", r.errLine());
        assertEquals(1, r.errLines().size(), r.err());
    }
}
