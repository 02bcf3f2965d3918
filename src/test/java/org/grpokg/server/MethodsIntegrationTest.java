package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every address answers 405 to methods it does not serve; TRACE never echoes the request. */
class MethodsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServedGraph served;

    @BeforeAll
    static void start() {
        served = ServedGraph.of(TestPaths.DATA, "methods-");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @ParameterizedTest
    @CsvSource({
        "TRACE, $/server", "PROPFIND, $/server", "FOO, $/server", "POST, $/server", "DELETE, $/server",
        "TRACE, ''", "PROPFIND, ''", "FOO, ''", "PUT, ''",
        "TRACE, kg/sparql", "PROPFIND, kg/sparql", "FOO, kg", "PATCH, kg",
        "TRACE, kg/get", "POST, kg/get", "PUT, kg/get",
        "TRACE, id/algorithm/grpo", "DELETE, id/algorithm/grpo", "MKCOL, ui/", "TRACE, $/ping", "TRACE, $/stats/kg",
        "TRACE, static/site.css", "TRACE, no/such/page", "POST, search"})
    void methodsAnAddressDoesNotServeGet405(String method, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(served.server().baseUrl() + path))
                        .header("X-Probe", "echo-me-not")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode(), method + " /" + path + ": " + r.body());
        assertTrue(r.headers().firstValue("Allow").isPresent(), "405 names the allowed methods");
        assertFalse(r.body().contains("echo-me-not"), "nothing of the request is echoed");
        assertEquals(1, r.body().lines().count(), r.body());
    }

    @ParameterizedTest
    @CsvSource({"$/server, 'GET, HEAD, OPTIONS'", "kg/sparql, 'GET, HEAD, OPTIONS, POST'", "kg/get, 'GET, HEAD, OPTIONS'"})
    void optionsNamesWhatIsServed(String path, String allow) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(served.server().baseUrl() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(allow, r.headers().firstValue("Allow").orElse(""));
    }
}
