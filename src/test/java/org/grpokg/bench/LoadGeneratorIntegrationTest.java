package org.grpokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a tiny loopback server: exact request budget, errors counted by kind, loopback only. */
class LoadGeneratorIntegrationTest {

    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            if ("POST".equals(exchange.getRequestMethod()) && new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8).startsWith("ASK")) {
                posts.incrementAndGet();
            }
            byte[] body = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/bad") ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void stopsAtTheRequestBudgetAndCountsErrorsByKind() {
        List<LoadGenerator.Request> mix = List.of(
                LoadGenerator.Request.get("page", uri("/ok"), "text/html"),
                LoadGenerator.Request.get("broken", uri("/bad"), "text/html"),
                LoadGenerator.Request.query("query", uri("/sparql"), "ASK {}", "text/csv"),
                LoadGenerator.Request.get("page", uri("/ok2"), "text/html"));
        LoadGenerator.Result r = new LoadGenerator(mix, 4, Duration.ofMinutes(1), 200, Duration.ofSeconds(10)).run();
        assertEquals(200, r.recorder().count());
        assertEquals(200, served.get(), "no request sent beyond the budget");
        assertEquals(50, posts.get(), "queries are POSTed with their text");
        assertEquals(50, r.recorder().errors(), "every /bad answer, and nothing else");
        assertEquals(100, r.recorder().summary("page").count());
        assertEquals(0, r.recorder().summary("page").errors());
        assertEquals(50, r.recorder().summary("broken").errors());
        assertTrue(r.recorder().overall().p50() > 0);
        assertTrue(r.perSecond() > 0);
    }

    @Test
    void stopsWhenTheTimeIsUp() {
        List<LoadGenerator.Request> mix = List.of(LoadGenerator.Request.get("page", uri("/ok"), "text/html"));
        long t0 = System.nanoTime();
        LoadGenerator.Result r = new LoadGenerator(mix, 2, Duration.ofSeconds(2), Long.MAX_VALUE, Duration.ofSeconds(10)).run();
        assertTrue((System.nanoTime() - t0) < Duration.ofSeconds(30).toNanos());
        assertEquals(served.get(), r.recorder().count());
        assertTrue(r.recorder().count() > 0);
    }

    @Test
    void refusesAnythingButLoopback() {
        List<LoadGenerator.Request> mix = List.of(LoadGenerator.Request.get("page", URI.create("http://192.0.2.1:3030/"), "text/html"));
        assertThrows(IllegalArgumentException.class, () -> new LoadGenerator(mix, 1, Duration.ofSeconds(1), 1, Duration.ofSeconds(1)));
        assertTrue(LoadGenerator.isLoopback(URI.create("http://localhost:1/")));
        assertTrue(LoadGenerator.isLoopback(URI.create("http://[::1]:1/")));
    }
}
