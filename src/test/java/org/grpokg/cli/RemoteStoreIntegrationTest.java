package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.grpokg.TestPaths;
import org.grpokg.connect.Credentials;
import org.grpokg.connect.Endpoint;
import org.grpokg.connect.FusekiProcess;
import org.grpokg.connect.GraphSource;
import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph in a second, separately started Fuseki server (a child JVM with HTTP Basic
 * authentication on): {@code build --endpoint} loads it, and {@code query}, {@code export},
 * {@code render}, {@code compare} and {@code stats} against it give what they give on the local
 * store; wrong, missing or world-readable credentials, an unreachable address and a server that
 * is not a SPARQL endpoint each end in one line and a documented exit code.
 */
class RemoteStoreIntegrationTest {

    private static Path dir;
    private static Path store;
    private static FusekiProcess fuseki;
    private static Path login;

    @BeforeAll
    static void start() throws Exception {
        dir = TestPaths.tempDir("remote-");
        store = dir.resolve("kg-store");
        CliRun built = CliRun.of("build", "--store", store.toString());
        assertEquals(0, built.code(), built.err());
        fuseki = FusekiProcess.start(dir);
        login = FusekiProcess.credentialsFile(dir, FusekiProcess.USER, FusekiProcess.PASSWORD);
        loadByUpdate();
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static void loadByUpdate() {
        CliRun r = CliRun.of("build", "--endpoint", fuseki.dataset(), "--credentials", login.toString());
        assertEquals(0, r.code(), r.err() + fuseki.log());
        assertTrue(r.out().startsWith("loaded " + fuseki.dataset() + ": "), r.out());
        assertTrue(r.out().contains(" in 1 request,"), r.out());
    }

    private static CliRun local(String... args) {
        return run(args, "--store", store.toString());
    }

    private static CliRun remote(String... args) {
        return run(args, "--endpoint", fuseki.dataset(), "--credentials", login.toString());
    }

    private static CliRun run(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        CliRun r = CliRun.of(all);
        assertEquals(0, r.code(), String.join(" ", all) + ": " + r.err());
        return r;
    }

    @Test
    void exportsTheSameGraphsAsTheLocalStore() {
        for (String format : List.of("ntriples", "trig", "turtle", "bibtex")) {
            String here = local("export", "--format", format).out();
            assertTrue(here.length() > 1000, format);
            assertEquals(here, remote("export", "--format", format).out(), format);
        }
    }

    @Test
    void everyLibraryQueryGivesTheSameCsv() {
        List<LibraryQuery> library = QueryLibrary.builtIn().queries();
        assertTrue(library.size() >= 20);
        for (LibraryQuery q : library) {
            String here = local("query", q.slug(), "--format", "csv").out();
            assertEquals(here, remote("query", q.slug(), "--format", "csv").out(), q.slug());
        }
        String count = remote("query", "-e", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "--format", "csv").out();
        assertEquals(local("query", "-e", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "--format", "csv").out(), count);
        assertFalse(count.contains("\n0"), count);
    }

    @Test
    void rendersComparesAndCountsTheSame() {
        String md = remote("render").out();
        assertTrue(md.startsWith("# "), md);
        assertEquals(local("render").out(), md);
        assertEquals(local("compare", "--format", "csv").out(), remote("compare", "--format", "csv").out());
        assertEquals(local("stats", "--ascii").out(), remote("stats", "--ascii").out());
    }

    @Test
    void perGraphLoadReplacesAndDeletesGraphsTheBuildNoLongerHas() {
        String stale = "https://example.org/not-in-the-build";
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(stale), ResourceFactory.createProperty("https://example.org/p"), "left over");
        try (GraphSource g = GraphSource.remote(Endpoint.of(fuseki.dataset(), null, null, null),
                Optional.of(new Credentials(FusekiProcess.USER, FusekiProcess.PASSWORD)))) {
            g.call(conn -> {
                conn.put(stale, m);
                return null;
            });
        }
        assertTrue(remote("export", "--format", "trig").out().contains(stale));
        CliRun r = remote("build", "--per-graph");
        assertTrue(r.out().contains("deleted 1 graphs the build no longer has"), r.out());
        String trig = remote("export", "--format", "trig").out();
        assertFalse(trig.contains(stale));
        assertEquals(local("export", "--format", "trig").out(), trig);
        loadByUpdate();
    }

    @Test
    void wrongCredentialsAreRefusedInOneLine() throws IOException {
        Path wrong = FusekiProcess.credentialsFile(dir, FusekiProcess.USER, "not-the-password");
        for (String[] cmd : List.of(new String[] {"query", "00"}, new String[] {"export"}, new String[] {"build"})) {
            String[] args = {cmd[0], cmd.length > 1 ? cmd[1] : "--endpoint", fuseki.dataset()};
            CliRun r = CliRun.of(concat(cmd, "--endpoint", fuseki.dataset(), "--credentials", wrong.toString()));
            assertEquals(ExitCodes.UNAVAILABLE, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("grpo-kg: " + fuseki.dataset() + " refused the credentials of user admin (401)", r.errLine());
        }
        CliRun none = CliRun.of("query", "00", "--endpoint", fuseki.dataset());
        assertEquals(ExitCodes.UNAVAILABLE, none.code());
        assertTrue(none.errLine().startsWith("grpo-kg: " + fuseki.dataset() + " asks for a login (401): give --credentials FILE"), none.err());
        assertEquals(1, none.errLines().size(), none.err());
    }

    @Test
    void aWorldReadableCredentialsFileIsRefused() throws IOException {
        Path open = FusekiProcess.credentialsFile(dir, FusekiProcess.USER, FusekiProcess.PASSWORD);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun r = CliRun.of("query", "00", "--endpoint", fuseki.dataset(), "--credentials", open.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("grpo-kg: " + open + ": readable by every user of this machine; make it private first (chmod 600 " + open + ")", r.errLine());
    }

    @Test
    void anUnreachableEndpointIsUnavailable() throws IOException {
        String nobody = "http://127.0.0.1:" + FusekiProcess.freePort() + "/ds";
        for (String cmd : List.of("query", "export", "render", "build")) {
            CliRun r = cmd.equals("query") ? CliRun.of(cmd, "00", "--endpoint", nobody) : CliRun.of(cmd, "--endpoint", nobody);
            assertEquals(ExitCodes.UNAVAILABLE, r.code(), cmd + ": " + r.err());
            assertEquals("grpo-kg: cannot reach " + nobody + ": connection refused", r.errLine(), cmd);
        }
    }

    @Test
    void aServerThatIsNotASparqlEndpointIsNamedInOneLine() throws IOException {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", ex -> {
            byte[] page = "<!doctype html><html><body>Welcome</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        web.start();
        try {
            String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/site";
            for (String cmd : List.of("query", "export")) {
                CliRun r = cmd.equals("query") ? CliRun.of(cmd, "00", "--endpoint", url) : CliRun.of(cmd, "--endpoint", url);
                assertEquals(ExitCodes.UNAVAILABLE, r.code(), cmd + ": " + r.err());
                assertTrue(r.errLine().startsWith("grpo-kg: " + url + " did not answer as a SPARQL endpoint"), r.err());
                assertEquals(1, r.errLines().size(), r.err());
            }
        } finally {
            web.stop(0);
        }
    }

    @Test
    void endpointCompanionsNeedTheEndpoint() {
        CliRun r = CliRun.of("query", "00", "--query-endpoint", "http://127.0.0.1:1/sparql");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("grpo-kg: --query-endpoint, --update-endpoint, --gsp-endpoint and --credentials go with --endpoint URL", r.errLine());
        CliRun bad = CliRun.of("export", "--endpoint", "ftp://example.org/ds");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertEquals("grpo-kg: --endpoint takes an http:// or https:// address with a host, not ftp://example.org/ds", bad.errLine());
    }

    @Test
    void serveFrontsTheStoreLiveWithPagesSearchAndSparql() throws Exception {
        serveAndAsk(List.of(), "grpo-kg: serving " + fuseki.dataset() + " live (");
    }

    @Test
    void serveCopyFrontsACopyOfTheStoreWithPagesSearchAndSparql() throws Exception {
        serveAndAsk(List.of("--copy"), "grpo-kg: serving a copy of " + fuseki.dataset() + " taken now (");
    }

    private static void serveAndAsk(List<String> mode, String firstLine) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp", cp,
                "org.grpokg.cli.Main", "serve", "--port", "0", "--endpoint", fuseki.dataset(), "--credentials", login.toString()));
        cmd.addAll(mode);
        Process serve = new ProcessBuilder(cmd).redirectError(dir.resolve("serve-err.log").toFile()).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add), "serve-stdout");
            reader.setDaemon(true);
            reader.start();
            String home = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (home == null && System.nanoTime() < deadline && serve.isAlive()) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.strip().startsWith("Home:")) {
                    home = line.strip().substring("Home:".length()).strip();
                } else if (line != null) {
                    assertTrue(line.startsWith(firstLine), line);
                }
            }
            assertTrue(home != null, "serve did not start: " + Files.readString(dir.resolve("serve-err.log")));
            HttpClient http = HttpClient.newHttpClient();
            String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
            HttpResponse<String> sparql = http.send(HttpRequest.newBuilder(URI.create(home + "kg/sparql?query="
                    + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sparql.statusCode());
            assertEquals(local("query", "-e", count, "--format", "csv").out().replace("\r\n", "\n"), sparql.body().replace("\r\n", "\n"));
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(home + "search?q=VisualThinker")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("VisualThinker"), search.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(home + "id/algorithm/grpo")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("GRPO"));
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
