package org.grpokg.cli;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.grpokg.build.Workspace;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServerRecord;
import org.grpokg.server.answers.AnswerCache;
import org.grpokg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the graph read-only on an embedded Fuseki with its web UI (building the store first if it is missing or older than the data).",
            "Dataset /kg: SPARQL at /kg/sparql and /kg/query, Graph Store read at /kg/get; pages at /, the Fuseki UI at /ui/. Ctrl-C stops it.",
            "Each query runs under limits (--timeout, --max-query-size, --max-results): too large 413, nested too deeply 400,",
            "out of time 503, result too large 507, each with one line; results are sent whole, so a 200 is always complete.",
            "With --allow-update --password-file FILE: SPARQL Update at /kg/update and Graph Store writes at /kg/data for the users of FILE (HTTP Basic).",

            "--endpoint URL fronts a SPARQL store live: every page and query asks the store at request time (read-only;",
            "search and the home page's counts are renewed every --refresh seconds); --copy serves a copy taken at start instead."})
final class ServeCommand implements Callable<Integer> {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");
    private static final Set<String> ANY = Set.of("0.0.0.0", "*");

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default: loopback only) or 0.0.0.0 (every interface).")
    String host;

    @Mixin
    DataOptions options;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    UpdateOptions updateOptions;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--copy", description = "With --endpoint: serve a copy of the store's graphs taken at start, held in memory (restart to see changes), instead of fronting it live.")
    boolean copy;

    @Option(names = "--refresh", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --endpoint: renew the search index and the home page's counts from the store every SECONDS (default: ${DEFAULT-VALUE}).")
    long refreshSeconds;

    @Option(names = "--answer-cache", paramLabel = "SIZE",
            description = "Memory for kept SPARQL answers of a local store, e.g. 64M or 1G; 0 turns it off (default: a sixteenth of the heap). "
                    + "A complete answer is kept per version of the data and sent again to the same query in the same format (X-Cache: hit).")
    String answerCache;

    @Spec
    CommandSpec spec;

    /** The answer cache's sizes from --answer-cache. */
    private AnswerCache.Sizes answerSizes() {
        if (answerCache == null) {
            return AnswerCache.Sizes.forHeap();
        }
        String s = answerCache.strip().toUpperCase(java.util.Locale.ROOT);
        long unit = s.endsWith("K") ? 1L << 10 : s.endsWith("M") ? 1L << 20 : s.endsWith("G") ? 1L << 30 : 1;
        try {
            long n = Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1));
            if (n >= 0 && n <= Long.MAX_VALUE / unit) {
                return AnswerCache.Sizes.of(n * unit);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UserException(ExitCodes.USAGE, "--answer-cache takes a size in bytes such as 0, 64M or 1G, not '" + answerCache + "'");
    }

    @Override
    public Integer call() throws IOException {
        boolean loopback = LOOPBACK.contains(host);
        if (!loopback && !ANY.contains(host)) {
            throw new UserException(ExitCodes.USAGE, "--host takes 127.0.0.1 (loopback) or 0.0.0.0 (all interfaces), not " + host);
        }
        if (port < 0 || port > 65535) {
            throw new UserException(ExitCodes.USAGE, "--port must be between 0 and 65535");
        }
        QueryLimits limits = limitOptions.limits(QueryLimits.server());
        if (endpoint.given()) {
            if (updateOptions.allowUpdate) {
                throw new UserException(ExitCodes.USAGE, "--allow-update serves a local store; with --endpoint, update the remote store itself");
            }
            if (refreshSeconds < 1) {
                throw new UserException(ExitCodes.USAGE, "--refresh takes a number of seconds, at least 1");
            }
            return copy ? RemoteCopyServer.serve(endpoint, port, loopback, limits, spec.commandLine().getOut())
                    : LiveFrontServer.serve(endpoint, port, loopback, limits, java.time.Duration.ofSeconds(refreshSeconds), spec.commandLine().getOut());
        }
        if (copy) {
            throw new UserException(ExitCodes.USAGE, "--copy goes with --endpoint URL");
        }
        AnswerCache.Sizes answers = answerSizes();
        var updateAccess = updateOptions.passwordFile();
        Workspace ws = options.workspace();
        UpdateOptions.warnIfStale(ws, spec.commandLine().getErr());
        // Fuseki's and Jetty's classes load here while another thread checks the data (decision 0026)
        if (ws.ensureBuilt(KgServer::warmUp)) {
            spec.commandLine().getErr().println("grpo-kg: built the store " + ws.store());
        }
        KgStore store = ws.kgStore();
        Dataset ds = store.open();
        RunningServer server;
        try {
            server = KgServer.start(ds.asDatasetGraph(), port, loopback, KgStore.folderOf(ds).resolve(org.grpokg.search.SearchIndex.FOLDER),
                    limits, updateOptions.access(updateAccess, KgStore.folderOf(ds)), answers);
        } catch (RuntimeException e) {
            KgStore.release(ds);
            throw e;
        }
        new ServerRecord(ProcessHandle.current().pid(), server.baseUrl()).write(store.dir());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServerRecord.remove(store.dir());
            server.close();
            KgStore.release(ds);
        }, "grpo-kg-stop"));
        var out = spec.commandLine().getOut();
        out.println("grpo-kg: serving " + ws.store());
        ServerBanner.addresses(out, server, "also /kg/query");
        ServerBanner.graphStoreAndLimits(out, server, limits);
        out.println("  Answers:     " + (answers.off() ? "not kept (--answer-cache 0)"
                : "kept per version of the data, up to " + (answers.maxBytes() >> 20) + " MB, " + (answers.maxAnswerBytes() >> 20)
                        + " MB each (--answer-cache)"));
        updateOptions.printExposure(out, loopback ? null : host, server.port());
        return ServerBanner.untilStopped(out, server);
    }
}
