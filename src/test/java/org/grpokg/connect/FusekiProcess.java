package org.grpokg.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Fuseki server in its own JVM, as users run one: Jena's {@code FusekiMainCmd} from the
 * test classpath, on loopback, a free port, an in-memory dataset {@code /ds} that takes updates,
 * and HTTP Basic authentication for one user from a password file. Started and stopped by the test.
 */
public final class FusekiProcess implements AutoCloseable {

    public static final String USER = "admin";
    public static final String PASSWORD = "pw-" + Long.toHexString(System.nanoTime());

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the server with its files in {@code dir} and waits until it answers an authenticated query. */
    public static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        return start(dir, freePort());
    }

    /** As {@link #start(Path)}, on {@code port}: a store that comes back where it was (empty: its dataset is in memory). */
    public static FusekiProcess start(Path dir, int port) throws IOException, InterruptedException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
        Path log = dir.resolve("fuseki-" + port + "-" + System.nanoTime() + ".log");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", cp, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--port=" + port, "--passwd=" + passwd, "--auth=basic", "--mem", "--update", "/ds");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FusekiProcess f = new FusekiProcess(p, port, log);
        f.awaitReady();
        return f;
    }

    public int port() {
        return port;
    }

    /** The dataset's address, e.g. {@code http://127.0.0.1:PORT/ds}. */
    public String dataset() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    /** A credentials file (mode 600) in {@code dir} holding {@code user:password}. */
    public static Path credentialsFile(Path dir, String user, String password) throws IOException {
        Path f = Files.createTempFile(dir, "login-", ".txt");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(f, user + ":" + password + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /** A loopback port nobody listens on (free when asked). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(dataset() + "/sparql?query=ASK%7B%7D"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped at start: " + Files.readString(log));
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer within 90 s: " + Files.readString(log));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The server's log, for failure messages. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
