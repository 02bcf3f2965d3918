package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@link LoginHttpClient} against a small HTTP server on loopback that checks logins the way
 * Virtuoso's /sparql-auth (Digest, qop=auth, MD5) and Fuseki (Basic) do: the digest is checked
 * here with its own code, each request the server saw is recorded.
 */
class LoginHttpClientIntegrationTest {

    private static final String USER = "grpo";
    private static final String PASSWORD = "s3cret:with colon";
    private static final String REALM = "SPARQL";

    private HttpServer server;
    private final List<String> seen = new ArrayList<>();
    private final AtomicInteger nonces = new AtomicInteger();
    private volatile String nonce = "n0";
    /** When set, every nonce is good for one request only. */
    private volatile boolean singleUse;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String start(String scheme) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> handle(ex, scheme));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private synchronized void handle(HttpExchange ex, String scheme) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String target = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        ex.getRequestBody().readAllBytes();
        boolean ok = "Digest".equals(scheme) ? digestOk(auth, ex.getRequestMethod(), target) : basicOk(auth);
        seen.add(ex.getRequestMethod() + " " + (auth == null ? "-" : auth.substring(0, auth.indexOf(' '))) + " " + (ok ? 200 : 401));
        if (!ok) {
            nonce = "n" + nonces.incrementAndGet();
            ex.getResponseHeaders().add("WWW-Authenticate", "Digest".equals(scheme)
                    ? "Digest realm=\"" + REALM + "\", domain=\"/sparql-auth\", nonce=\"" + nonce + "\", opaque=\"op\", stale=\"false\", qop=\"auth\", algorithm=\"MD5\""
                    : "Basic realm=\"" + REALM + "\"");
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        if (singleUse) {
            nonce = "n" + nonces.incrementAndGet();
        }
        byte[] body = "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": [ { \"x\": { \"type\": \"literal\", \"value\": \"yes\" } } ] } }"
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private boolean basicOk(String auth) {
        return ("Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.ISO_8859_1))).equals(auth);
    }

    private boolean digestOk(String auth, String method, String target) {
        if (auth == null || !auth.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = DigestChallenge.params(auth.substring(7));
        if (!USER.equals(p.get("username")) || !nonce.equals(p.get("nonce")) || !target.equals(p.get("uri")) || !"op".equals(p.get("opaque"))) {
            return false;
        }
        String expected = md5(md5(USER + ":" + REALM + ":" + PASSWORD) + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce")
                + ":" + p.get("qop") + ":" + md5(method + ":" + target));
        return expected.equals(p.get("response"));
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoginHttpClient client(String password) {
        return new LoginHttpClient(HttpClient.newHttpClient(), new Credentials(USER, password));
    }

    @Test
    void answersDigestThenReusesTheNonce() throws Exception {
        String base = start("Digest");
        LoginHttpClient c = client(PASSWORD);
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/sparql-auth?query=SELECT%20*%20%7B%7D")).build();
        assertEquals(200, c.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(List.of("GET - 401", "GET Digest 200"), seen);
        // the next request, a POST with a body, answers at once (nonce count 2)
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/sparql-auth"))
                .POST(HttpRequest.BodyPublishers.ofString("update=CLEAR%20ALL")).build();
        assertEquals(200, c.sendAsync(post, HttpResponse.BodyHandlers.ofString()).get().statusCode());
        assertEquals(List.of("GET - 401", "GET Digest 200", "POST Digest 200"), seen);
    }

    @Test
    void answersANewChallengeWhenTheNonceIsRefused() throws Exception {
        String base = start("Digest");
        singleUse = true;
        LoginHttpClient c = client(PASSWORD);
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/x")).build();
        assertEquals(200, c.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> second = c.sendAsync(get, HttpResponse.BodyHandlers.ofString()).get();
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("yes"), second.body());
        assertEquals(List.of("GET - 401", "GET Digest 200", "GET Digest 401", "GET Digest 200"), seen);
    }

    @Test
    void aWrongPasswordEndsInThe401AfterOneAnswer() throws Exception {
        String base = start("Digest");
        HttpResponse<String> r = client("wrong").send(HttpRequest.newBuilder(URI.create(base + "/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertEquals(List.of("GET - 401", "GET Digest 401"), seen);
    }

    @Test
    void answersBasicAsTheJdkDid() throws Exception {
        String base = start("Basic");
        LoginHttpClient c = client(PASSWORD);
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/x")).build();
        assertEquals(200, c.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, c.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(List.of("GET - 401", "GET Basic 200", "GET Basic 200"), seen);
    }

    /** Through Jena, as every query and update is sent: a Digest store answers a SELECT. */
    @Test
    void jenaQueriesADigestStore() throws Exception {
        String base = start("Digest");
        try (QueryExecution qe = QueryExecutionHTTP.newBuilder().endpoint(base + "/sparql-auth")
                .httpClient(client(PASSWORD)).query("SELECT ?x {}").build()) {
            assertEquals("yes", qe.execSelect().next().getLiteral("x").getString());
        }
        assertEquals("GET Digest 200", seen.get(seen.size() - 1));
    }

    /** A wrong login through GraphSource is the one-line message of 0018, not a loop or a trace. */
    @Test
    void aRefusedDigestLoginIsOneLine() throws Exception {
        String base = start("Digest");
        try (GraphSource g = GraphSource.remote(Endpoint.of(base, base + "/sparql-auth", null, null),
                Optional.of(new Credentials(USER, "wrong")))) {
            EndpointException e = assertThrows(EndpointException.class, g::check);
            assertEquals(base + " refused the credentials of user grpo (401)", e.getMessage());
        }
        assertFalse(seen.isEmpty());
    }

    @Test
    void refusesAClientWithAnAuthenticator() {
        HttpClient withAuth = HttpClient.newBuilder().authenticator(new java.net.Authenticator() { }).build();
        assertThrows(IllegalArgumentException.class, () -> new LoginHttpClient(withAuth, new Credentials(USER, PASSWORD)));
    }
}
