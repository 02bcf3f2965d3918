package org.grpokg.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * The packaged fat jar as a user runs it (run by failsafe after `package`): `serve` in its own
 * process on a free port, a second process querying through it, then SIGTERM (what Ctrl-C
 * sends) stops it cleanly and releases the store.
 */
class ServeJarIntegrationTest {

    private static final Path JAR = Path.of("target", "grpo-kg.jar");

    private static Process java(Path store, String... args) throws Exception {
        String[] cmd = new String[args.length + 3];
        cmd[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cmd[1] = "-jar";
        cmd[2] = JAR.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        return new ProcessBuilder(cmd).redirectErrorStream(false).start();
    }

    @Test
    void serveAnswersThenStopsCleanlyOnSigterm() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after package");
        Path store = TestPaths.tempDir("jar-").resolve("store");
        Process serve = java(store, "serve", "--port", "0", "--data", "data", "--store", store.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            Pattern ui = Pattern.compile("Home:\\s+(http://127\\.0\\.0\\.1:\\d+/)");
            for (String line; base == null && (line = out.readLine()) != null; ) {
                Matcher m = ui.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertTrue(base != null, "serve printed its address");
            HttpClient http = HttpClient.newHttpClient();
            String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?e a <https://w3id.org/grpo-kg/ontology#Entry> }", StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + q))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n16\r\n", r.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

            // a second process finds the running server instead of failing on the store's lock
            Process query = java(store, "query", "-e", "SELECT (COUNT(*) AS ?n) { ?e a gkg:Entry }", "-f", "csv", "--store", store.toString());
            String answer = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(query.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, query.exitValue(), new String(query.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("n\r\n16\r\n", answer);
        } finally {
            serve.destroy();
        }
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        assertFalse(Files.exists(store.resolve("grpo-kg-serve.properties")), "the server record is removed");
        Process after = java(store, "query", "-e", "ASK { ?s ?p ?o }", "--store", store.toString());
        String yes = new String(after.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(after.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, after.exitValue(), "the store was released");
        assertEquals("yes", yes.strip());
    }
}
