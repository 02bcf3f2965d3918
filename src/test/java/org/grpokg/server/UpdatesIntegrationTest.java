package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.function.Function;

import org.grpokg.TestPaths;
import org.grpokg.server.access.PasswordFile;
import org.grpokg.server.access.UpdateAccess;
import org.grpokg.store.StoreUpdates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * serve --allow-update over real HTTP on loopback: who may write (401, 403, 2xx), where (SPARQL
 * Update, Graph Store PUT/POST/DELETE), how much (413), and that reads stay anonymous and the
 * pages and search follow the change.
 */
class UpdatesIntegrationTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final long LIMIT = 64 * 1024;
    static final String ALICE = basic("alice", "s3cret");

    private static ServedGraph served;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** alice may write, bob is known but read-only. */
    static Function<Path, UpdateAccess> access() throws Exception {
        Path f = TestPaths.tempDir("passwd-").resolve("users");
        Files.writeString(f, "alice: s3cret\nbob: hunter2, readonly\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        PasswordFile users = PasswordFile.read(f);
        return store -> UpdateAccess.recordingIn(store, users, LIMIT);
    }

    @BeforeAll
    static void start() throws Exception {
        served = ServedGraph.of(TestPaths.DATA, "updates-", access());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(RunningServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    static HttpRequest.Builder update(RunningServer server, String sparql) {
        return at(server, "kg/update").header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString(sparql));
    }

    static boolean ask(RunningServer server, String pattern) throws Exception {
        HttpResponse<String> r = send(at(server, "kg/sparql?query=" + URLEncoder.encode("ASK { " + pattern + " }", StandardCharsets.UTF_8))
                .header("Accept", "text/csv"));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    private RunningServer server() {
        return served.server();
    }

    @Test
    void anonymousUpdateIs401WithAChallengeAndChangesNothing() throws Exception {
        HttpResponse<String> r = send(update(server(), "INSERT DATA { <urn:anon> <urn:p> 1 }"));
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="), r.headers().toString());
        assertEquals("updates need a user name and password (HTTP Basic)\n", r.body());
        // the same update through every other door
        assertEquals(401, send(at(server(), "kg").header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString("INSERT DATA { <urn:anon> <urn:p> 1 }"))).statusCode());
        assertEquals(401, send(at(server(), "kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("update=" + URLEncoder.encode("INSERT DATA { <urn:anon> <urn:p> 1 }", StandardCharsets.UTF_8)))).statusCode());
        assertEquals(401, send(at(server(), "kg?update=" + URLEncoder.encode("INSERT DATA { <urn:anon> <urn:p> 1 }", StandardCharsets.UTF_8))
                .POST(BodyPublishers.noBody())).statusCode());
        assertTrue(send(at(server(), "/kg/update").header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString("INSERT DATA { <urn:anon> <urn:p> 1 }"))).statusCode() >= 400, "a doubled slash");
        assertFalse(ask(server(), "<urn:anon> ?p ?o"));
    }

    @Test
    void wrongPasswordAndUnknownUserAre401() throws Exception {
        assertEquals(401, send(update(server(), "INSERT DATA { <urn:wrong> <urn:p> 1 }").header("Authorization", basic("alice", "guess"))).statusCode());
        assertEquals(401, send(update(server(), "INSERT DATA { <urn:wrong> <urn:p> 1 }").header("Authorization", basic("mallory", "s3cret"))).statusCode());
        assertFalse(ask(server(), "<urn:wrong> ?p ?o"));
    }

    @Test
    void aKnownUserWithoutTheUpdateRoleGets403() throws Exception {
        HttpResponse<String> r = send(update(server(), "INSERT DATA { <urn:bob> <urn:p> 1 }").header("Authorization", basic("bob", "hunter2")));
        assertEquals(403, r.statusCode());
        assertEquals("user bob may not update (no 'update' role)\n", r.body());
        assertFalse(ask(server(), "<urn:bob> ?p ?o"));
    }

    @Test
    void aListedUsersUpdateIsCommittedAndThePagesAndSearchShowIt() throws Exception {
        String model = "https://w3id.org/grpo-kg/id/model/Test/Zyxwvut-7B";
        HttpResponse<String> r = send(update(server(), "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { <" + model
                + "> rdfs:label \"Zyxwvut 7B\" }").header("Authorization", ALICE));
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(ask(server(), "<" + model + "> ?p \"Zyxwvut 7B\""));
        HttpResponse<String> page = send(at(server(), "id/model/Test/Zyxwvut-7B").header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Zyxwvut 7B"), page.body());
        HttpResponse<String> search = send(at(server(), "search?q=zyxwvut"));
        assertTrue(search.body().contains("/id/model/Test/Zyxwvut-7B"), search.body());
        StoreUpdates note = served.workspace().updates().orElseThrow();
        assertTrue(note.count() >= 1, note.toString());
    }

    @Test
    void graphStorePutPostDeleteNeedAUserAndWorkForOne() throws Exception {
        String graph = "kg/data?graph=" + URLEncoder.encode("urn:test:g", StandardCharsets.UTF_8);
        String turtle = "<urn:gsp:s> <urn:gsp:p> \"one\" .";
        for (HttpRequest.Builder anonymous : new HttpRequest.Builder[] {
                at(server(), graph).header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)),
                at(server(), graph).header("Content-Type", "text/turtle").POST(BodyPublishers.ofString(turtle)),
                at(server(), graph).DELETE(),
                at(server(), "kg?default").header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle))}) {
            assertEquals(401, send(anonymous).statusCode());
        }
        assertFalse(ask(server(), "GRAPH ?g { <urn:gsp:s> ?p ?o }"));
        assertEquals(201, send(at(server(), graph).header("Authorization", ALICE).header("Content-Type", "text/turtle")
                .PUT(BodyPublishers.ofString(turtle))).statusCode());
        assertTrue(ask(server(), "GRAPH <urn:test:g> { <urn:gsp:s> <urn:gsp:p> \"one\" }"));
        assertEquals(2, send(at(server(), graph).header("Authorization", ALICE).header("Content-Type", "text/turtle")
                .POST(BodyPublishers.ofString("<urn:gsp:s> <urn:gsp:p> \"two\" ."))).statusCode() / 100);
        assertTrue(ask(server(), "GRAPH <urn:test:g> { <urn:gsp:s> <urn:gsp:p> \"two\" }"));
        // reads stay anonymous
        HttpResponse<String> read = send(at(server(), graph).header("Accept", "application/n-triples"));
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"two\""), read.body());
        assertEquals(2, send(at(server(), graph).header("Authorization", ALICE).DELETE()).statusCode() / 100);
        assertFalse(ask(server(), "GRAPH <urn:test:g> { ?s ?p ?o }"));
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String big = "INSERT DATA { <urn:big> <urn:p> \"" + "x".repeat((int) LIMIT) + "\" }";
        HttpResponse<String> sized = send(update(server(), big).header("Authorization", ALICE));
        assertEquals(413, sized.statusCode());
        assertEquals(1, sized.body().lines().count(), sized.body());
        // without Content-Length (chunked): counted while read
        HttpResponse<String> chunked = send(at(server(), "kg/update").header("Authorization", ALICE)
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, chunked.statusCode());
        assertEquals(413, send(at(server(), "kg/data?default").header("Authorization", ALICE).header("Content-Type", "text/turtle")
                .PUT(BodyPublishers.ofString("<urn:big> <urn:p> \"" + "x".repeat((int) LIMIT) + "\" ."))).statusCode());
        assertFalse(ask(server(), "<urn:big> ?p ?o"));
        // a chunked body under the limit goes through
        assertEquals(2, send(at(server(), "kg/update").header("Authorization", ALICE).header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("INSERT DATA { <urn:small> <urn:p> 1 }".getBytes(StandardCharsets.UTF_8))))).statusCode() / 100);
        assertTrue(ask(server(), "<urn:small> ?p ?o"));
    }

    @Test
    void aChunkedUploadInPartsIs411() throws Exception {
        HttpResponse<String> r = send(at(server(), "kg/data?default").header("Authorization", ALICE)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("--b--\r\n".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, r.statusCode(), r.body());
    }

    @Test
    void queriesStayAnonymous() throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <https://w3id.org/grpo-kg/ontology#Entry> }";
        for (String endpoint : new String[] {"kg/sparql", "kg/query", "kg"}) {
            HttpResponse<String> form = send(at(server(), endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv").POST(BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))));
            assertEquals(200, form.statusCode(), endpoint + ": " + form.body());
            HttpResponse<String> direct = send(at(server(), endpoint).header("Content-Type", "application/sparql-query")
                    .header("Accept", "text/csv").POST(BodyPublishers.ofString(q)));
            assertEquals(200, direct.statusCode(), endpoint + ": " + direct.body());
        }
        assertEquals(200, send(at(server(), "kg/get?default").header("Accept", "text/turtle")).statusCode());
        assertEquals(200, send(at(server(), "kg?default").header("Accept", "text/turtle")).statusCode());
        // a query posted to the update endpoint is not a way in
        assertEquals(401, send(at(server(), "kg/update").header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString(q))).statusCode());
    }
}
