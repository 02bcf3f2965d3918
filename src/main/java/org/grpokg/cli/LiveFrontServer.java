package org.grpokg.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.grpokg.connect.GraphSource;
import org.grpokg.connect.RemoteDatasetGraph;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.LiveFront;
import org.grpokg.server.RunningServer;

/**
 * {@code serve --endpoint}: the pages, the Fuseki UI and {@code /kg} in front of a SPARQL store,
 * asked at each request ({@link LiveFront}; docs/decisions/0023-live-remote-front.md). The store
 * is asked a trivial query first, so a wrong address or login stops here with one line (exit 6).
 */
final class LiveFrontServer {

    private LiveFrontServer() {
    }

    static int serve(EndpointOptions endpoint, int port, boolean loopback, QueryLimits limits, Duration refresh, PrintWriter out) {
        GraphSource remote = endpoint.source().orElseThrow();
        remote.check();
        RunningServer server = LiveFront.start(RemoteDatasetGraph.of(remote, limits), port, loopback, limits, refresh);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "grpo-kg-stop"));
        out.println("grpo-kg: serving " + remote.name() + " live (each request asks the store; search and counts renewed every "
                + QueryLimits.seconds(refresh) + " s)");
        ServerBanner.addresses(out, server, "also /kg/query; sent to the store");
        ServerBanner.graphStoreAndLimits(out, server, limits);
        return ServerBanner.untilStopped(out, server);
    }
}
