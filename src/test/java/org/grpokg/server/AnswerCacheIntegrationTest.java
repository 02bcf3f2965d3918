package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.grpokg.TestPaths;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.answers.AnswerCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPARQL answers kept per version of the data (docs/decisions/0025-answer-cache.md), on the real
 * data in TDB2 over HTTP: a repeated query (also written differently) is sent from the kept answer
 * ({@code X-Cache: hit}, and the cache's own count), an update through the server is seen by the
 * next request, formats do not mix, an answer over the per-answer cap and a query that timed out
 * are not kept, unstable queries are never kept, and {@code Cache-Control: no-cache} computes again.
 * (A live front keeps nothing: {@code LiveFrontIntegrationTest}.)
 */
class AnswerCacheIntegrationTest {

    private static final String CSV = "text/csv";
    private static final String JSON = "application/sparql-results+json";

    private static ServedGraph served;
    private static ServedGraph small;

    @BeforeAll
    static void start() throws Exception {
        served = ServedGraph.of(TestPaths.DATA, "answers-", UpdatesIntegrationTest.access());
        // 4 KB per answer at most: the whole catalogue's triples are far over it, an ASK far under
        small = ServedGraph.of(TestPaths.DATA, "answers-small-", QueryLimits.server(), null, new AnswerCache.Sizes(1 << 20, 4096));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
        if (small != null) {
            small.close();
        }
    }

    private static HttpResponse<String> post(RunningServer server, String query, String accept) throws Exception {
        return postAt(server, "kg/sparql", query, accept);
    }

    private static HttpResponse<String> postAt(RunningServer server, String path, String query, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept)
                .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(query));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return UpdatesIntegrationTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cache(HttpResponse<String> r) {
        return r.headers().firstValue("X-Cache");
    }

    private static void assertAnswer(HttpResponse<String> r, String xCache) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of(xCache), cache(r), r.body());
    }

    @Test
    void aRepeatedQueryIsSentFromItsKeptAnswerWhateverTheSpacingAndComments() throws Exception {
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l { ?s a ?t ; rdfs:label ?l } ORDER BY ?s ?l LIMIT 30";
        AnswerCache.Stats before = ((KgServer) served.server()).answerStats().orElseThrow();
        HttpResponse<String> first = post(served.server(), q, CSV);
        assertAnswer(first, "miss");
        HttpResponse<String> again = post(served.server(), "# the same question\n" + q.replace(" ", "\n   "), CSV);
        assertAnswer(again, "hit");
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        assertEquals(31, again.body().lines().count(), again.body());
        // /kg/query and /kg are the same dataset: the same kept answer
        assertAnswer(postAt(served.server(), "kg/query", q, CSV), "hit");
        AnswerCache.Stats after = ((KgServer) served.server()).answerStats().orElseThrow();
        assertEquals(before.hits() + 2, after.hits());
    }

    @Test
    void anUpdateThroughTheServerIsSeenByTheNextRequest() throws Exception {
        String q = "SELECT ?o { <urn:answers:x> <urn:answers:p> ?o }";
        assertAnswer(post(served.server(), q, CSV), "miss");
        HttpResponse<String> empty = post(served.server(), q, CSV);
        assertAnswer(empty, "hit");
        assertEquals(1, empty.body().strip().lines().count(), empty.body());
        HttpResponse<String> u = UpdatesIntegrationTest.send(UpdatesIntegrationTest.update(served.server(),
                "INSERT DATA { <urn:answers:x> <urn:answers:p> \"one\" }").header("Authorization", UpdatesIntegrationTest.ALICE));
        assertEquals(2, u.statusCode() / 100, u.body());
        HttpResponse<String> changed = post(served.server(), q, CSV);
        assertAnswer(changed, "miss");
        assertTrue(changed.body().contains("one"), changed.body());
        assertAnswer(post(served.server(), q, CSV), "hit");
        // a Graph Store write changes the data version too
        HttpResponse<String> put = UpdatesIntegrationTest.send(UpdatesIntegrationTest.at(served.server(), "kg/data?graph=urn:answers:g")
                .header("Authorization", UpdatesIntegrationTest.ALICE).header("Content-Type", "text/turtle")
                .PUT(BodyPublishers.ofString("<urn:answers:x> <urn:answers:p> \"two\" .")));
        assertEquals(2, put.statusCode() / 100, put.body());
        HttpResponse<String> inGraph = post(served.server(), "SELECT ?o { GRAPH ?g { <urn:answers:x> <urn:answers:p> ?o } }", CSV);
        assertAnswer(inGraph, "miss");
        assertTrue(inGraph.body().contains("two"), inGraph.body());
        assertAnswer(post(served.server(), q, CSV), "miss");
    }

    @Test
    void formatsDoNotMix() throws Exception {
        String q = "SELECT ?t (COUNT(*) AS ?n) { ?s a ?t } GROUP BY ?t ORDER BY ?t";
        HttpResponse<String> csv = post(served.server(), q, CSV);
        assertAnswer(csv, "miss");
        HttpResponse<String> json = post(served.server(), q, JSON);
        assertAnswer(json, "miss");
        assertTrue(json.body().strip().startsWith("{"), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
        HttpResponse<String> csvAgain = post(served.server(), q, CSV);
        assertAnswer(csvAgain, "hit");
        assertEquals(csv.body(), csvAgain.body());
        assertTrue(csvAgain.headers().firstValue("Content-Type").orElse("").startsWith(CSV));
        HttpResponse<String> jsonAgain = post(served.server(), q, JSON);
        assertAnswer(jsonAgain, "hit");
        assertEquals(json.body(), jsonAgain.body());
        // the output parameter overrides Accept: another format, another answer
        HttpResponse<String> tsv = postAt(served.server(), "kg/sparql?output=tsv", q, CSV);
        assertAnswer(tsv, "miss");
        assertTrue(tsv.body().startsWith("?t\t?n"), tsv.body());
        // another Accept that negotiates the same type shares the answer
        assertAnswer(post(served.server(), q, "text/csv, */*;q=0.1"), "hit");
    }

    @Test
    void anAnswerOverThePerAnswerCapIsNotKept() throws Exception {
        String big = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 1000";
        HttpResponse<String> first = post(small.server(), big, CSV);
        assertAnswer(first, "miss");
        assertTrue(first.body().length() > 4096, "the test needs an answer over the cap");
        assertAnswer(post(small.server(), big, CSV), "miss");
        assertTrue(((KgServer) small.server()).answerStats().orElseThrow().tooLarge() >= 2);
        // a small one on the same server is kept
        String ask = "ASK { ?s a ?t }";
        assertAnswer(post(small.server(), ask, CSV), "miss");
        assertAnswer(post(small.server(), ask, CSV), "hit");
    }

    @Test
    void aQueryThatTimedOutIsNotKept() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";
        HttpResponse<String> out = postAt(served.server(), "kg/sparql?timeout=0.05", cross, CSV);
        assertEquals(503, out.statusCode(), out.body());
        HttpResponse<String> whole = post(served.server(), cross, CSV);
        assertAnswer(whole, "miss");
        assertTrue(whole.body().lines().skip(1).findFirst().orElse("0").strip().matches("[1-9][0-9]*"), whole.body());
        HttpResponse<String> kept = post(served.server(), cross, CSV);
        assertAnswer(kept, "hit");
        assertEquals(whole.body(), kept.body());
    }

    @Test
    void queriesWithUnstableFunctionsAreNeverKept() throws Exception {
        for (String q : new String[] {"SELECT (RAND() AS ?r) {}", "SELECT (NOW() AS ?t) {}", "SELECT (STRUUID() AS ?u) {}",
                "SELECT ?s { ?s a ?t FILTER EXISTS { BIND(UUID() AS ?u) } } LIMIT 1", "SELECT (BNODE() AS ?b) {}"}) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = post(served.server(), q, CSV);
                assertEquals(200, r.statusCode(), q + ": " + r.body());
                assertEquals(Optional.empty(), cache(r), q);
            }
        }
        assertNotEquals(post(served.server(), "SELECT (STRUUID() AS ?u) {}", CSV).body(),
                post(served.server(), "SELECT (STRUUID() AS ?u) {}", CSV).body());
    }

    @Test
    void noCacheFromTheClientComputesAgain() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        post(served.server(), q, CSV);
        assertAnswer(post(served.server(), q, CSV), "hit");
        assertAnswer(postAt(served.server(), "kg/sparql", q, CSV, "Cache-Control", "no-cache"), "miss");
        assertAnswer(post(served.server(), q, CSV), "hit");
    }
}
