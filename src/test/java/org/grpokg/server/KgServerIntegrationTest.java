package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole main job in-process: build into a temporary TDB2 store, serve on port 0, talk HTTP on loopback. */
class KgServerIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String COUNT_ENTRIES =
            "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <https://w3id.org/grpo-kg/ontology#Entry> }";

    private static ServedGraph served;
    private static Dataset dataset;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        served = ServedGraph.of(TestPaths.DATA, "store-");
        server = served.server();
        dataset = served.dataset();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg/sparql", "kg/query", "kg"})
    void sparqlOverHttpCountsTheSixteenEntries(String endpoint) throws Exception {
        HttpResponse<String> r = send(get(endpoint + "?query=" + URLEncoder.encode(COUNT_ENTRIES, StandardCharsets.UTF_8))
                .header("Accept", "text/csv"));
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n16\r\n", r.body());
    }

    @Test
    void sparqlPostFormWorks() throws Exception {
        HttpResponse<String> r = send(get("kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT_ENTRIES, StandardCharsets.UTF_8))));
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n16\r\n", r.body());
    }

    @Test
    void graphStoreReadReturnsTurtle() throws Exception {
        HttpResponse<String> r = send(get("kg/get?default").header("Accept", "text/turtle"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("2503.05132"), "the default graph holds the entries");
    }

    @Test
    void uiAndTheAdminEndpointsItNeedsAnswer() throws Exception {
        HttpResponse<String> index = send(get("ui/"));
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">") || index.body().toLowerCase().contains("fuseki"), index.body());
        assertEquals(200, send(get("$/ping")).statusCode());
        HttpResponse<String> status = send(get("$/server"));
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        HttpResponse<String> stats = send(get("$/stats/kg"));
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"/kg\""), stats.body());
    }

    @Test
    void updatesAreRefusedWith405() throws Exception {
        String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        assertEquals(405, send(get("kg").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update))).statusCode());
        assertEquals(405, send(get("kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))).statusCode());
        assertEquals(405, send(get("kg/get?default").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))).statusCode());
        assertEquals(405, send(get("kg/get?default").DELETE()).statusCode());
        // nothing changed
        HttpResponse<String> r = send(get("kg/sparql?query=" + URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8))
                .header("Accept", "text/csv"));
        assertEquals("_askResult\r\nfalse\r\n", r.body());
    }

    @Test
    void federatedServiceCallsAreRefused() throws Exception {
        String q = "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = send(get("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("SERVICE execution disabled"), r.body());
    }

    @Test
    void noAdminEndpointCanCreateOrDeleteDatasets() throws Exception {
        int create = send(get("$/datasets?dbName=x&dbType=mem").POST(HttpRequest.BodyPublishers.noBody())).statusCode();
        int delete = send(get("$/datasets/kg").DELETE()).statusCode();
        assertTrue(create >= 400, "create answered " + create);
        assertTrue(delete >= 400, "delete answered " + delete);
        assertEquals(200, send(get("$/stats/kg")).statusCode(), "the dataset is still there");
    }
}
