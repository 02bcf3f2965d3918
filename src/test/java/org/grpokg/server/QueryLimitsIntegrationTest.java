package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.grpokg.TestPaths;
import org.grpokg.query.QueryLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's query limits over real HTTP: too large 413 (before the body is read), nested too
 * deeply 400, out of time 503 (parsing and execution together), result too large 507, each with
 * one line of text; a 200 always carries the whole result.
 */
class QueryLimitsIntegrationTest {

    private static final int MAX_BYTES = 4096;
    private static final int MAX_ROWS = 1000;
    private static ServedGraph served;
    private static String endpoint;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        served = ServedGraph.of(TestPaths.DATA, "limits-server-", new QueryLimits(MAX_BYTES, Duration.ofSeconds(2), MAX_ROWS));
        endpoint = served.server().baseUrl() + "kg/sparql";
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body, String type) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", type).header("Accept", "text/csv")
                .POST(body).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postQuery(String query) throws IOException, InterruptedException {
        return post(HttpRequest.BodyPublishers.ofString(query), "application/sparql-query");
    }

    private static void assertOneLine(HttpResponse<String> r, int status, String start) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count(), "one line: " + r.body());
        assertTrue(r.body().strip().startsWith(start), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
    }

    @Test
    void queriesOverTheSizeLimitGet413BeforeParsing() throws Exception {
        String big = "SELECT * {?s ?p ?o} LIMIT 1 #" + "a".repeat(20_000);
        assertOneLine(postQuery(big), 413, "query too large: 20029 bytes, over the limit of 4096 bytes");
        // chunked, no Content-Length: the read stops one byte past the limit (a body much longer than that
        // meets a closed connection before this client reads the answer; curl shows the 413 either way)
        byte[] over = big.substring(0, 5000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over)),
                "application/sparql-query");
        assertOneLine(chunked, 413, "query too large: 4097 bytes, over the limit of 4096 bytes");
        String form = "query=" + URLEncoder.encode("SELECT * {?s ?p ?o} LIMIT 1 #" + "a".repeat(5000), StandardCharsets.UTF_8);
        assertOneLine(post(HttpRequest.BodyPublishers.ofString(form), "application/x-www-form-urlencoded"), 413,
                "query too large: 5029 bytes");
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?" + form)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertOneLine(get, 413, "query too large: 5029 bytes");
        // under the limit, the same comment is fine
        HttpResponse<String> ok = postQuery("SELECT (COUNT(*) AS ?n) {?s ?p ?o} #" + "a".repeat(3000));
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void deepNestingGets400WithOneClearLine() throws Exception {
        String deep = "SELECT * " + "{".repeat(2000) + "?s ?p ?o" + "}".repeat(2000);
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(deep, StandardCharsets.UTF_8)),
                "application/x-www-form-urlencoded");
        // 2000 braces are 4000 bytes: under the size limit, refused for their depth
        assertOneLine(r, 400, "query nested too deeply (over 100 levels of braces, parentheses or brackets)");
        HttpResponse<String> atLimit = postQuery("SELECT * " + "{".repeat(100) + "?s ?p ?o" + "}".repeat(100) + " LIMIT 1");
        assertEquals(200, atLimit.statusCode(), atLimit.body());
    }

    @Test
    void aRunawayQueryGets503AndTheClientCanOnlyShortenTheLimit() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        assertOneLine(postQuery(cross), 503, "query timed out after 2 s while running (the limit covers parsing and execution)");
        HttpResponse<String> shorter = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?timeout=0.5"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(cross)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertOneLine(shorter, 503, "query timed out after 0.5 s while running");
        HttpResponse<String> longer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?timeout=600"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(cross)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertOneLine(longer, 503, "query timed out after 2 s while running");
    }

    @Test
    void aStreamingSelectStoppedByALimitIsNeverAPartial200() throws Exception {
        // rows flow from the first moment: before, a timeout ended a 200 with "Query cancelled ... Incomplete results"
        HttpResponse<String> r = postQuery("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertNotEquals(200, r.statusCode(), "a truncated result must not pass for a complete one");
        assertTrue(r.statusCode() == 503 || r.statusCode() == 507, r.statusCode() + " " + r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        assertFalse(r.body().contains("Incomplete"), r.body());
    }

    @Test
    void resultsOverTheRowLimitGet507AndResultsAtTheLimitAreWhole() throws Exception {
        assertOneLine(postQuery("SELECT * { ?s ?p ?o }"), 507, "result too large: over 1000 rows (the limit); narrow the query or add LIMIT");
        assertOneLine(postQuery("CONSTRUCT WHERE { ?s ?p ?o }"), 507, "result too large: over 1000 triples");
        HttpResponse<String> whole = postQuery("SELECT * { ?s ?p ?o } LIMIT 1000");
        assertEquals(200, whole.statusCode());
        assertEquals(1001, whole.body().split("\r\n").length, "a header and every row");
    }

    @Test
    void theServerStartsWhenReadingItsFacetsTakesLongerThanOneQueryMay() throws Exception {
        // the facet values and counts read at start are not SPARQL requests: a time limit shorter than
        // they take (as on a large store) must not stop the server from starting
        try (ServedGraph tight = ServedGraph.of(TestPaths.DATA, "limits-start-", new QueryLimits(MAX_BYTES, Duration.ofMillis(1), MAX_ROWS))) {
            HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(URI.create(tight.server().baseUrl() + "$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            // the pages' own queries run under the same 1 ms: each page answers whole (200) or 503 with one line, never a 500
            int timedOut = 0;
            for (String page : java.util.List.of("", "?page=2", "timeline", "lineage", "search?q=grpo", "queries",
                    "id/algorithm/grpo", "id/model/Qwen/Qwen2-VL-2B-Instruct", ".well-known/void")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tight.server().baseUrl() + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 503) {
                    timedOut++;
                    assertOneLine(r, 503, "page timed out after 1 ms (the server's --timeout)");
                } else {
                    assertEquals(200, r.statusCode(), page + ": " + r.body());
                }
            }
            assertTrue(timedOut > 0, "1 ms is too short for some page's queries");
        }
    }

    @Test
    void malformedQueriesStillGet400() throws Exception {
        HttpResponse<String> r = postQuery("SELECT * { ?s ?p ");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
    }
}
