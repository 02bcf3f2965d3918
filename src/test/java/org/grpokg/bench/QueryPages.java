package org.grpokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Each library query's first page (its first 100 rows, as {@link ServerBench} takes it: LIMIT 100 set on the
 * outer SELECT) timed over HTTP on one running {@code grpo-kg serve}, for two versions of the query files side by
 * side (before and after a rewrite, interleaved run by run, so both see the same load), and the home page.
 * With {@code --compare}, also checks that both versions give the same full CSV (byte for byte).
 *
 * <p>Usage: {@code QueryPages --jar JAR --data DIR --store DIR --before DIR --after DIR [--reps 7] [--compare true]
 * [--only 00,12]}. Prints a Markdown table: query, rows, page p50 before, page p50 after (ms), same result.
 */
public final class QueryPages {

    private static final int PAGE = 100;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private URI base;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new QueryPages().run(opts);
    }

    private void run(Map<String, String> o) throws Exception {
        int reps = Integer.parseInt(o.getOrDefault("reps", "7"));
        boolean compare = Boolean.parseBoolean(o.getOrDefault("compare", "false"));
        List<String> only = o.containsKey("only") ? List.of(o.get("only").split(",")) : List.of();
        List<String> noBefore = o.containsKey("no-before") ? List.of(o.get("no-before").split(",")) : List.of();
        Map<String, String> before = files(Path.of(o.get("before")), only);
        Map<String, String> after = files(Path.of(o.get("after")), only);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port);
        Path log = Files.createTempFile("query-pages", ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("java", "-Dfile.encoding=UTF-8", "-jar", o.get("jar"), "serve", "--port", Integer.toString(port),
                "--data", o.get("data"), "--store", o.get("store"), "--timeout", "300").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        try {
            waitUp(p, log);
            System.err.printf("bench: server up after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            System.out.println("| query | rows (page) | page p50 before (ms) | page p50 after (ms) | full result same |");
            System.out.println("|---|---:|---:|---:|---|");
            for (String name : after.keySet()) {
                String b = noBefore.contains(name.substring(0, 2)) ? null : before.get(name);
                String a = after.get(name);
                String same = "";
                if (compare && b != null) {
                    String cb = send(b);
                    String ca = send(a);
                    // the same rows in the same order; or the same rows, ties of the old ORDER BY (equal keys) in another order
                    same = cb.equals(ca) ? "yes (" + (cb.lines().count() - 1) + " rows)"
                            : cb.lines().sorted().toList().equals(ca.lines().sorted().toList()) ? "same rows, ties reordered" : "**NO**";
                    if (!cb.equals(ca)) {
                        Files.writeString(Path.of("target", name + ".before.csv"), cb);
                        Files.writeString(Path.of("target", name + ".after.csv"), ca);
                    }
                }
                String pb = b == null ? null : page(b);
                String pa = page(a);
                long[] tb = new long[reps];
                long[] ta = new long[reps];
                long rows = 0;
                long w0 = System.nanoTime();
                send(pa);   // warm-up
                if (pb != null) {
                    send(pb);
                }
                // a slow pair (over 20 s for both warm-ups) is timed 3 times only
                int n = System.nanoTime() - w0 > 20_000_000_000L ? Math.min(3, reps) : reps;
                tb = java.util.Arrays.copyOf(tb, n);
                ta = java.util.Arrays.copyOf(ta, n);
                for (int i = 0; i < n; i++) {
                    if (pb != null) {
                        long s0 = System.nanoTime();
                        send(pb);
                        tb[i] = System.nanoTime() - s0;
                    }
                    long s1 = System.nanoTime();
                    rows = send(pa).lines().count() - 1;
                    ta[i] = System.nanoTime() - s1;
                }
                System.out.printf("| %s | %d | %s | %.1f | %s |%n", name, rows, pb == null ? "-" : String.format("%.1f", p50(tb)), p50(ta), same);
            }
            // what the old home page ran for its rows: the ordering query with LIMIT 100 (plus a COUNT and the cells)
            if (Boolean.parseBoolean(o.getOrDefault("old-home", "true"))) {
            String oldHome = new String(QueryPages.class.getClassLoader().getResourceAsStream("server/home-entries.rq").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Query oh = QueryFactory.create(oldHome);
            oh.setLimit(PAGE);
            long[] to = new long[Math.min(3, reps)];
            send(oh.serialize());
            for (int i = 0; i < to.length; i++) {
                long s0 = System.nanoTime();
                send(oh.serialize());
                to[i] = System.nanoTime() - s0;
            }
            System.out.printf("| server/home-entries.rq with LIMIT 100 (the old home page's ordering query) | 100 | %.1f | | |%n", p50(to));
            }
            long[] th = new long[reps];
            get("/");
            for (int i = 0; i < reps; i++) {
                long s0 = System.nanoTime();
                get("/");
                th[i] = System.nanoTime() - s0;
            }
            System.out.printf("| home page (GET /, this jar) | 100 | | %.1f | |%n", p50(th));
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static double p50(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    /** The first page as ServerBench takes it: LIMIT 100 on a SELECT without a smaller limit. */
    static String page(String text) {
        Query q = QueryFactory.create(text);
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > PAGE)) {
            q.setLimit(PAGE);
        }
        return q.serialize();
    }

    private static Map<String, String> files(Path dir, List<String> only) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replace(".rq", "");
                if (only.isEmpty() || only.contains(name.substring(0, 2))) {
                    out.put(name, Files.readString(f));
                }
            }
        }
        return out;
    }

    private String send(String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/kg/sparql")).header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query))
                .timeout(Duration.ofSeconds(600)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("query answered " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
        }
        return r.body();
    }

    private void get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(600)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    private void waitUp(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("serve exited with " + p.exitValue() + "; see " + log);
            }
            try {
                if (send("ASK {}").contains("true")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("serve gave no answer in 20 minutes; see " + log);
    }
}
