package org.grpokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The server against plain Fuseki on the same TDB2 store, in one run, pair by pair: start to
 * first answer, throughput and p50/p99 of the same SPARQL mix with several clients, peak
 * resident memory; then, on our server only, the bounded mixed load (library queries,
 * resource pages, exports) and each library query's p50/p95 over HTTP. Prints Markdown; writes
 * {@code query-latency-N.tsv} into the work folder for bench/run.sh's growth table. Every
 * server runs on loopback and is stopped before the next starts (one TDB2 store, one process).
 *
 * <p>Each library query's first run is its cold cost: it is sent with {@code Cache-Control: no-cache},
 * so a server that keeps answers (docs/decisions/0025-answer-cache.md) computes it, even when the
 * load before ran the same text; the p50/p95 are of the runs after it, and "kept" counts those the
 * server said it sent from kept answers ({@code X-Cache: hit}).
 *
 * <p>Usage: {@code ServerBench --jar JAR --data DIR --store DIR --entries N --work DIR
 * [--pairs 3] [--clients 4] [--seconds 15] [--requests 100000] [--reps 10] [--only queries] [--answer-cache SIZE]};
 * {@code --answer-cache} is passed to {@code serve} ({@code 0}: no kept answers, the engine alone against plain Fuseki);
 * {@code --only queries}: no load and no plain Fuseki, only each library query on one fresh server.
 */
public final class ServerBench {

    private static final String ASK = "ASK {}";
    private static final int PAGE = 100;
    /** The overview's first page as the server shows it: the home page's 100 rows (its own two-step paged queries). */
    private static final String HOME = "home page: the overview's first 100 rows (GET /)";

    private final Map<String, String> opts;
    private final Path jar;
    private final Path data;
    private final Path store;
    private final Path work;
    private final String entries;
    private final int clients;
    private final Duration loadTime;
    private final long maxRequests;
    /** Per timed variant: how many runs after the first the server sent from kept answers; -1 when it never said. */
    private final Map<String, Integer> hits = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServerBench(Map<String, String> opts) {
        this.opts = opts;
        this.jar = Path.of(require(opts, "jar"));
        this.data = Path.of(require(opts, "data"));
        this.store = Path.of(require(opts, "store"));
        this.work = Path.of(require(opts, "work"));
        this.entries = require(opts, "entries");
        this.clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
        this.loadTime = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("seconds", "15")));
        this.maxRequests = Long.parseLong(opts.getOrDefault("requests", "100000"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ServerBench(opts).run();
    }

    /** A started server process: its port, start time to first answer and process. */
    private record Server(String name, Process process, int port, long startMs) {
        URI sparql() {
            return URI.create("http://127.0.0.1:" + port + "/kg/sparql");
        }

        URI path(String p) {
            return URI.create("http://127.0.0.1:" + port + p);
        }
    }

    private void run() throws Exception {
        int pairs = Integer.parseInt(opts.getOrDefault("pairs", "3"));
        List<LibraryQuery> library = library();
        if ("queries".equals(opts.get("only"))) {
            Server s = startOurs();
            try {
                reportQueries(perQuery(s, library), library);
            } finally {
                stop(s);
            }
            return;
        }
        List<long[]> starts = new ArrayList<>();
        List<double[]> throughput = new ArrayList<>();
        List<long[]> rss = new ArrayList<>();
        LoadGenerator.Result lastOurs = null;
        LoadGenerator.Result lastPlain = null;
        LoadGenerator.Result mixed = null;
        Map<String, long[]> perQuery = null;
        for (int p = 0; p < pairs; p++) {
            long[] start = new long[2];
            double[] tput = new double[2];
            long[] mem = new long[2];
            // alternate which goes first, so neither always gets the warmer page cache
            for (int k = 0; k < 2; k++) {
                boolean ours = (p + k) % 2 == 0;
                Server s = ours ? startOurs() : startPlain();
                try {
                    List<LoadGenerator.Request> mix = sparqlMix(s, library);
                    new LoadGenerator(mix, clients, Duration.ofSeconds(Math.max(3, loadTime.toSeconds() / 3)), mix.size() * 2L,
                            Duration.ofSeconds(120)).run();   // warm-up: every query twice
                    LoadGenerator.Result r = new LoadGenerator(mix, clients, loadTime, maxRequests, Duration.ofSeconds(120)).run();
                    int i = ours ? 0 : 1;
                    start[i] = s.startMs();
                    tput[i] = r.perSecond();
                    if (ours) {
                        lastOurs = r;
                        if (p == 0) {
                            mixed = new LoadGenerator(fullMix(s, library), clients, loadTime, maxRequests, Duration.ofSeconds(120)).run();
                            perQuery = perQuery(s, library);
                        }
                    } else {
                        lastPlain = r;
                    }
                    mem[i] = peakRssKb(s.process());
                } finally {
                    stop(s);
                }
            }
            starts.add(start);
            throughput.add(tput);
            rss.add(mem);
            System.err.printf("bench: pair %d at %s entries: start %d / %d ms, %.1f / %.1f req/s%n", p + 1, entries, start[0], start[1],
                    tput[0], tput[1]);
        }
        report(starts, throughput, rss, lastOurs, lastPlain, mixed, perQuery, library);
    }

    private void report(List<long[]> starts, List<double[]> tput, List<long[]> rss, LoadGenerator.Result ours,
            LoadGenerator.Result plain, LoadGenerator.Result mixed, Map<String, long[]> perQuery, List<LibraryQuery> library)
            throws IOException {
        System.out.printf("%n#### %s entries: the server against plain Fuseki (%d pairs, %d clients, %d s of load each)%n%n", entries,
                starts.size(), clients, loadTime.toSeconds());
        System.out.println("| measure | grpo-kg serve | plain Fuseki | ratio (median of pairs) | target |");
        System.out.println("|---|---:|---:|---:|---|");
        System.out.printf("| start to first answer (ms, median) | %d | %d | %.2f | ≤ 1.10 |%n", medianL(starts, 0), medianL(starts, 1),
                median(starts.stream().mapToDouble(s -> (double) s[0] / s[1]).toArray()));
        System.out.printf("| throughput, library queries' first pages (req/s, median) | %.1f | %.1f | %.2f | ≥ 0.95 |%n",
                medianD(tput, 0), medianD(tput, 1), median(tput.stream().mapToDouble(t -> t[0] / t[1]).toArray()));
        LatencyRecorder.Summary o = ours.recorder().overall();
        LatencyRecorder.Summary f = plain.recorder().overall();
        System.out.printf("| latency under load p50 / p99 (ms, last pair) | %.1f / %.1f | %.1f / %.1f | %.2f / %.2f | |%n", o.p50(), o.p99(),
                f.p50(), f.p99(), o.p50() / f.p50(), o.p99() / f.p99());
        System.out.printf("| requests / errors (last pair) | %d / %d | %d / %d | | |%n", o.count(), o.errors(), f.count(), f.errors());
        System.out.printf("| peak RSS (MB, median) | %d | %d | %.2f | |%n", medianL(rss, 0) / 1024, medianL(rss, 1) / 1024,
                median(rss.stream().mapToDouble(m -> (double) m[0] / m[1]).toArray()));
        System.out.printf("%nMixed load on grpo-kg serve (%d clients, %d s, at most %d requests; loopback): %d requests, %d errors, %.1f req/s.%n%n",
                clients, loadTime.toSeconds(), maxRequests, mixed.recorder().count(), mixed.recorder().errors(), mixed.perSecond());
        System.out.println("| kind | requests | errors | p50 (ms) | p99 (ms) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String kind : mixed.recorder().kinds()) {
            LatencyRecorder.Summary s = mixed.recorder().summary(kind);
            System.out.printf("| %s | %d | %d | %.1f | %.1f |%n", kind, s.count(), s.errors(), s.p50(), s.p99());
        }
        reportQueries(perQuery, library);
    }

    /** Each library query's table: rows, cold first run, p50 and p95 of the runs after it, and how many of those were kept answers. */
    private void reportQueries(Map<String, long[]> perQuery, List<LibraryQuery> library) throws IOException {
        System.out.printf("%nEach library query alone over HTTP on grpo-kg serve (one client; \"page\" = its first %d rows; \"cold\" = the first"
                + " run, computed (sent with Cache-Control: no-cache); p50/p95 of the runs after it; \"kept\" = of those, answers the server"
                + " sent from its answer cache, X-Cache: hit):%n%n", PAGE);
        System.out.println("| query | rows | cold (ms) | p50 (ms) | p95 (ms) | runs | kept |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        StringBuilder tsv = new StringBuilder();
        List<String> names = new ArrayList<>();
        library.forEach(q -> names.addAll(List.of(q.name(), q.name() + " (page)")));
        names.add(HOME);
        for (String variant : names) {
            long[] t = perQuery.get(variant);
            if (t == null) {
                continue;
            }
            Integer kept = hits.get(variant);
            if (t[0] < 0) {
                System.out.printf("| %s | timed out | %.0f (over the server's limit) | | | 1 | |%n", variant, t[1] / 1e6);
                tsv.append(variant).append("\t-1\t-\t-\n");
                continue;
            }
            // the warm-up (t[1]) is left out when there are timed runs after it
            long[] sorted = Arrays.copyOfRange(t, t.length > 2 ? 2 : 1, t.length);
            Arrays.sort(sorted);
            double p50 = LatencyRecorder.percentile(sorted, 50) / 1e6;
            double p95 = LatencyRecorder.percentile(sorted, 95) / 1e6;
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d | %s |%n", variant, t[0], t[1] / 1e6, p50, p95, sorted.length,
                    kept == null || kept < 0 ? "-" : kept + "/" + sorted.length);
            tsv.append(variant).append('\t').append(t[0]).append('\t').append(String.format(Locale.ROOT, "%.1f\t%.1f", p50, p95)).append('\n');
        }
        Files.writeString(work.resolve("query-latency-" + entries + ".tsv"), tsv);
    }

    /** A library query's name and text (parameters at their defaults, as the file writes them). */
    private record LibraryQuery(String name, String text) {
        /** The first page: LIMIT 100 on a SELECT without a smaller limit. */
        String page() {
            Query q = QueryFactory.create(text);
            if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > PAGE)) {
                q.setLimit(PAGE);
            }
            return q.serialize();
        }
    }

    private static List<LibraryQuery> library() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            List<LibraryQuery> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(new LibraryQuery(p.getFileName().toString().replace(".rq", ""), Files.readString(p)));
            }
            return out;
        }
    }

    private static List<LoadGenerator.Request> sparqlMix(Server s, List<LibraryQuery> library) {
        List<LoadGenerator.Request> mix = new ArrayList<>();
        for (LibraryQuery q : library) {
            mix.add(LoadGenerator.Request.query("query", s.sparql(), q.page(), "text/csv"));
        }
        return mix;
    }

    /** Library queries' first pages, resource pages and per-resource exports, home and search pages, a named-graph export. */
    private List<LoadGenerator.Request> fullMix(Server s, List<LibraryQuery> library) throws IOException {
        List<LoadGenerator.Request> mix = new ArrayList<>();
        List<String> keys;
        try (Stream<Path> files = Files.list(data.resolve("entries"))) {
            keys = files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().limit(20).toList();
        }
        int k = 0;
        for (LibraryQuery q : library) {
            mix.add(LoadGenerator.Request.query("library query (page)", s.sparql(), q.page(), "text/csv"));
            String key = keys.get(k++ % keys.size());
            String path = key.contains("+") ? "/id/entry/github/" + key.replace('+', '/') : "/id/entry/arxiv/" + key;
            mix.add(LoadGenerator.Request.get(k % 2 == 0 ? "resource page (HTML)" : "resource export (Turtle)", s.path(path),
                    k % 2 == 0 ? "text/html" : "text/turtle"));
        }
        mix.add(LoadGenerator.Request.get("resource page (HTML)", s.path("/id/model/Qwen/Qwen2-VL-2B-Instruct"), "text/html"));
        mix.add(LoadGenerator.Request.get("home page", s.path("/"), "text/html"));
        mix.add(LoadGenerator.Request.get("home page", s.path("/?algorithm=grpo&page=2"), "text/html"));
        mix.add(LoadGenerator.Request.get("search", s.path("/search?q=" + URLEncoder.encode("visual reasoning", StandardCharsets.UTF_8)), "text/html"));
        mix.add(LoadGenerator.Request.get("graph export (taxonomies, Turtle)", s.path("/kg/get?graph="
                + URLEncoder.encode("https://w3id.org/grpo-kg/taxonomies", StandardCharsets.UTF_8)), "text/turtle"));
        // a fixed shuffle: every kind shows up early, whatever the duration, and runs compare
        java.util.Collections.shuffle(mix, new java.util.Random(1));
        return mix;
    }

    /**
     * Per library query: [rows, t1, t2, ...] in ns (t1 the warm-up, left out of the percentiles); pages only where rows > PAGE;
     * and the home page.
     */
    private Map<String, long[]> perQuery(Server s, List<LibraryQuery> library) throws Exception {
        int reps = Integer.parseInt(opts.getOrDefault("reps", "10"));
        long budget = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("budget", "6"))).toNanos();
        Map<String, long[]> out = new HashMap<>();
        for (LibraryQuery q : library) {
            long[] full = time(s, q.name(), q.text(), reps, budget);
            out.put(q.name(), full);
            if (full[0] > PAGE || full[0] < 0) {
                out.put(q.name() + " (page)", time(s, q.name() + " (page)", q.page(), reps, budget));
            }
        }
        out.put(HOME, time(s, HOME, null, reps, budget));
        return out;
    }

    /** Times a query (POSTed, CSV), or the home page when {@code query} is null. */
    private long[] time(Server s, String label, String query, int reps, long budget) throws Exception {
        int kept = 0;
        boolean told = false;
        List<Long> times = new ArrayList<>();
        long rows = 0;
        long spent = 0;
        // a query whose warm-up alone took longer than the budget gets one timed run after it
        while (times.size() < reps + 1 && (times.size() < 4 || spent < budget) && !(times.size() >= 2 && times.get(0) > budget)) {
            long t0 = System.nanoTime();
            HttpRequest.Builder b = query == null
                    ? HttpRequest.newBuilder(s.path("/")).header("Accept", "text/html").timeout(Duration.ofSeconds(120))
                    : HttpRequest.newBuilder(s.sparql()).header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(query)).timeout(Duration.ofSeconds(120));
            if (times.isEmpty()) {
                // the cold run: computed, even if the load before asked the same
                b.header("Cache-Control", "no-cache");
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            long t = System.nanoTime() - t0;
            String x = r.headers().firstValue("X-Cache").orElse(null);
            if (!times.isEmpty() && x != null) {
                told = true;
                kept += "hit".equals(x) ? 1 : 0;
            }
            if (r.statusCode() == 503) {
                // over the server's time limit: recorded as such (rows -1), not timed again
                return new long[] {-1, t};
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("query answered " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
            }
            rows = query == null ? PAGE : r.body().lines().count() - 1;
            times.add(t);
            spent += t;
        }
        hits.put(label, told ? kept : -1);
        long[] out = new long[times.size() + 1];
        out[0] = rows;
        for (int i = 0; i < times.size(); i++) {
            out[i + 1] = times.get(i);
        }
        return out;
    }

    private Server startOurs() throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "serve", "--port",
                Integer.toString(port), "--data", data.toString(), "--store", store.toString()));
        if (opts.containsKey("answer-cache")) {
            // e.g. 0: the engine alone against plain Fuseki, which keeps no answers
            command.addAll(List.of("--answer-cache", opts.get("answer-cache")));
        }
        return start("grpo-kg", port, command);
    }

    private Server startPlain() throws Exception {
        int port = freePort();
        return start("fuseki", port, List.of("java", "-cp", jar.toString(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--port=" + port, "--tdb2", "--loc=" + tdbLocation(store), "/kg"));
    }

    private Server start(String name, int port, List<String> command) throws Exception {
        Path log = work.resolve(name + "-" + entries + ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a bench stopped half-way (Ctrl-C) stops its server too
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        Server s = new Server(name, p, port, 0);
        long deadline = t0 + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(s.sparql()).header("Accept", "application/sparql-results+json")
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(ASK))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("true")) {
                    return new Server(name, p, port, (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        p.destroyForcibly();
        throw new IllegalStateException(name + " gave no answer within 10 minutes; see " + log);
    }

    private static void stop(Server s) throws InterruptedException {
        s.process().destroy();
        if (!s.process().waitFor(30, TimeUnit.SECONDS)) {
            s.process().destroyForcibly().waitFor();
        }
    }

    /** The TDB2 database folder: the store folder itself, or the folder below it that holds the Data-NNNN generations. */
    static Path tdbLocation(Path store) throws IOException {
        try (Stream<Path> s = Files.walk(store.toRealPath(), 3)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p)).map(Path::getParent)
                    .findFirst().orElseThrow(() -> new IOException("no TDB2 database under " + store));
        }
    }

    /** Peak resident set size (VmHWM) of a running process, in kB; 0 where /proc does not say. */
    static long peakRssKb(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private static long medianL(List<long[]> pairs, int i) {
        return (long) median(pairs.stream().mapToDouble(p -> p[i]).toArray());
    }

    private static double medianD(List<double[]> pairs, int i) {
        return median(pairs.stream().mapToDouble(p -> p[i]).toArray());
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
