package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.grpokg.TestPaths;
import org.grpokg.connect.FusekiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph in OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource-7-bin}), started here on
 * loopback ports with a fresh database in a temporary folder and stopped at the end:
 * {@code build --per-graph} through its Digest-protected endpoints with {@code --default-graph},
 * then the export holds the local graph (plus Virtuoso's own graphs), a library query over the
 * default graph gives the local CSV, and a wrong password is one line and exit 6.
 * Skipped with a message where {@code virtuoso-t} or {@code isql-vt} is not installed.
 * docs/decisions/0027-virtuoso-as-backend.md.
 */
class VirtuosoStoreIntegrationTest {

    private static final String DEFAULT_GRAPH = "urn:x-grpo-kg:default";
    private static Path dir;
    private static Path store;
    private static Process virtuoso;
    private static String base;
    private static Path login;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> server = onPath("virtuoso-t");
        Optional<Path> isql = onPath("isql-vt");
        Assumptions.assumeTrue(server.isPresent() && isql.isPresent(),
                "virtuoso-t or isql-vt not installed (apt-get install virtuoso-opensource-7-bin): Virtuoso test skipped");
        dir = TestPaths.tempDir("virtuoso-");
        store = dir.resolve("kg-store");
        CliRun built = CliRun.of("build", "--store", store.toString());
        assertEquals(0, built.code(), built.err());
        int http = FusekiProcess.freePort();
        int sql = FusekiProcess.freePort();
        Path db = Files.createDirectories(dir.resolve("db"));
        Path ini = db.resolve("virtuoso.ini");
        Files.writeString(ini, String.join("\n",
                "[Database]", "DatabaseFile = " + db.resolve("virtuoso.db"), "ErrorLogFile = " + db.resolve("virtuoso.log"),
                "LockFile = " + db.resolve("virtuoso.lck"), "TransactionFile = " + db.resolve("virtuoso.trx"),
                "xa_persistent_file = " + db.resolve("virtuoso.pxa"), "TempStorage = TempDatabase",
                "[TempDatabase]", "DatabaseFile = " + db.resolve("virtuoso-temp.db"), "TransactionFile = " + db.resolve("virtuoso-temp.trx"),
                "[Parameters]", "ServerPort = 127.0.0.1:" + sql, "DisableUnixSocket = 1", "NumberOfBuffers = 10000",
                "MaxDirtyBuffers = 6000", "DirsAllowed = " + db,
                "[HTTPServer]", "ServerPort = 127.0.0.1:" + http, "ServerRoot = " + db, "ServerThreads = 10",
                "[SPARQL]", "ResultSetMaxRows = 100000", "MaxQueryExecutionTime = 60", ""), StandardCharsets.UTF_8);
        virtuoso = new ProcessBuilder(server.get().toString(), "+foreground", "+configfile", ini.toString())
                .directory(db.toFile()).redirectErrorStream(true).redirectOutput(db.resolve("stdout.txt").toFile()).start();
        base = "http://127.0.0.1:" + http;
        waitForHttp(base + "/sparql?query=SELECT%201%20%7B%7D", Duration.ofSeconds(60));
        Process grant = new ProcessBuilder(isql.get().toString(), "127.0.0.1:" + sql, "dba", "dba",
                "exec=DB.DBA.USER_CREATE('grpo', 'grpo-pw'); GRANT SPARQL_UPDATE TO \"grpo\";")
                .redirectErrorStream(true).start();
        String said = new String(grant.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(grant.waitFor(30, TimeUnit.SECONDS) && grant.exitValue() == 0, said);
        login = FusekiProcess.credentialsFile(dir, "grpo", "grpo-pw");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (virtuoso != null) {
            virtuoso.destroy();
            if (!virtuoso.waitFor(20, TimeUnit.SECONDS)) {
                virtuoso.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> flags(Path credentials) {
        return List.of("--endpoint", base, "--query-endpoint", base + "/sparql-auth", "--update-endpoint", base + "/sparql-auth",
                "--gsp-endpoint", base + "/sparql-graph-crud-auth", "--default-graph", DEFAULT_GRAPH,
                "--credentials", credentials.toString());
    }

    private static CliRun remote(Path credentials, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(flags(credentials));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void loadsGraphByGraphAndReadsTheGraphBack() throws IOException {
        CliRun load = remote(login, "build", "--per-graph");
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().startsWith("loaded " + base + ": "), load.out());
        // Virtuoso's own graphs are listed, never deleted
        assertTrue(load.err().contains("http://www.openlinksw.com/schemas/virtrdf#"), load.err());

        Path localTrig = dir.resolve("local.trig");
        Path remoteTrig = dir.resolve("virtuoso.trig");
        assertEquals(0, CliRun.of("export", "--format", "trig", "--store", store.toString(), "-o", localTrig.toString()).code());
        CliRun export = remote(login, "export", "--format", "trig", "-o", remoteTrig.toString());
        assertEquals(0, export.code(), export.err());
        Dataset local = RDFParser.source(localTrig).lang(Lang.TRIG).toDataset();
        Dataset there = RDFParser.source(remoteTrig).lang(Lang.TRIG).toDataset();
        for (Iterator<Quad> it = local.asDatasetGraph().find(); it.hasNext(); ) {
            Quad q = it.next();
            assertTrue(there.asDatasetGraph().contains(q), "missing from Virtuoso's export: " + q);
        }
        for (Iterator<Quad> it = there.asDatasetGraph().find(); it.hasNext(); ) {
            Quad q = it.next();
            if (!local.asDatasetGraph().contains(q)) {
                String g = q.getGraph().getURI();
                assertTrue(g.startsWith("http://www.openlinksw.com/") || g.startsWith("http://localuriqaserver/")
                        || g.startsWith("http://www.w3.org/ns/ldp"), "not in the local export, not Virtuoso's own: " + q);
            }
        }

        // a library query over the default graph (09: entries per model family), and ASK through the live check
        CliRun localQuery = CliRun.of("query", "09", "-f", "csv", "--store", store.toString());
        CliRun remoteQuery = remote(login, "query", "09", "-f", "csv");
        assertEquals(0, remoteQuery.code(), remoteQuery.err());
        assertEquals(localQuery.out(), remoteQuery.out());
    }

    @Test
    void aWrongPasswordIsOneLine() throws IOException {
        Path wrong = FusekiProcess.credentialsFile(dir, "grpo", "not-it");
        CliRun r = remote(wrong, "query", "09");
        assertEquals(6, r.code(), r.err());
        assertEquals("grpo-kg: " + base + " refused the credentials of user grpo (401)", r.err().strip());
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    private static void waitForHttp(String url, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!virtuoso.isAlive()) {
                throw new IllegalStateException("virtuoso-t stopped at start; see " + dir.resolve("db/virtuoso.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("virtuoso-t did not answer within " + limit.toSeconds() + " s");
    }
}
