package org.grpokg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded HTTP load generator for loopback servers only: {@code clients} threads send the
 * requests of a mix in turn (request k is {@code mix[k % size]}) until the duration has passed
 * or {@code maxRequests} have been sent, whichever comes first. Each response body is read to
 * the end; a status other than 2xx, a timeout or an I/O error counts as an error.
 */
final class LoadGenerator {

    /** One request of the mix: a GET, or a SPARQL query POSTed as {@code application/sparql-query} when {@code sparql} is set. */
    record Request(String kind, URI uri, String accept, String sparql) {

        static Request get(String kind, URI uri, String accept) {
            return new Request(kind, uri, accept, null);
        }

        static Request query(String kind, URI endpoint, String sparql, String accept) {
            return new Request(kind, endpoint, accept, sparql);
        }
    }

    /** What a run did: the recorder and the elapsed wall time. */
    record Result(LatencyRecorder recorder, long elapsedNanos) {
        double perSecond() {
            return recorder.count() / (elapsedNanos / 1e9);
        }
    }

    private final List<Request> mix;
    private final int clients;
    private final Duration duration;
    private final long maxRequests;
    private final Duration requestTimeout;

    LoadGenerator(List<Request> mix, int clients, Duration duration, long maxRequests, Duration requestTimeout) {
        if (mix.isEmpty() || clients < 1 || maxRequests < 1) {
            throw new IllegalArgumentException("a load run needs requests, clients and a request budget");
        }
        for (Request r : mix) {
            if (!isLoopback(r.uri())) {
                throw new IllegalArgumentException("not a loopback address: " + r.uri() + " (the load generator only loads this machine)");
            }
        }
        this.mix = List.copyOf(mix);
        this.clients = clients;
        this.duration = duration;
        this.maxRequests = maxRequests;
        this.requestTimeout = requestTimeout;
    }

    static boolean isLoopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    Result run() {
        LatencyRecorder recorder = new LatencyRecorder();
        AtomicLong tickets = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> client(recorder, tickets, deadline), "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Result(recorder, System.nanoTime() - start);
    }

    private void client(LatencyRecorder recorder, AtomicLong tickets, long deadline) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        byte[] buffer = new byte[64 * 1024];
        while (System.nanoTime() < deadline) {
            long ticket = tickets.getAndIncrement();
            if (ticket >= maxRequests) {
                return;
            }
            Request r = mix.get((int) (ticket % mix.size()));
            HttpRequest.Builder b = HttpRequest.newBuilder(r.uri()).timeout(requestTimeout).header("Accept", r.accept());
            if (r.sparql() != null) {
                b.header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(r.sparql()));
            }
            long t0 = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    while (in.read(buffer) >= 0) {
                        // read the whole answer: a server is done when the client has it all
                    }
                }
                ok = response.statusCode() / 100 == 2;
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            recorder.record(r.kind(), System.nanoTime() - t0, ok);
        }
    }
}
