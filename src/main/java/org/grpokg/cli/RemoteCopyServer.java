package org.grpokg.cli;

import java.io.PrintWriter;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.grpokg.connect.GraphSource;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;

/**
 * {@code serve --endpoint URL --copy}: the pages, the Fuseki UI and {@code /kg} over a copy of a
 * SPARQL store's graphs taken at start, held in memory with a search index built from it
 * (docs/decisions/0018-any-sparql-store.md). A snapshot, not a live view: plain
 * {@code serve --endpoint} fronts the store live ({@link LiveFrontServer},
 * docs/decisions/0023-live-remote-front.md); the copy is for small graphs on stores that are slow
 * or far away, where each page's requests to the store would cost too much.
 */
final class RemoteCopyServer {

    private RemoteCopyServer() {
    }

    static int serve(EndpointOptions endpoint, int port, boolean loopback, QueryLimits limits, PrintWriter out) {
        Dataset copy = DatasetFactory.createTxnMem();
        String name;
        try (GraphSource remote = endpoint.source().orElseThrow()) {
            name = remote.name();
            remote.readDataset(true, fetched -> {
                DatasetGraph into = copy.asDatasetGraph();
                Txn.executeWrite(copy, () -> fetched.asDatasetGraph().find().forEachRemaining(into::add));
                return null;
            });
        }
        long quads = Txn.calculateRead(copy, () -> copy.asDatasetGraph().stream().count());
        RunningServer server = KgServer.start(copy.asDatasetGraph(), port, loopback, null, limits, null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "grpo-kg-stop"));
        out.println("grpo-kg: serving a copy of " + name + " taken now (" + quads + " quads; restart to see later changes)");
        ServerBanner.addresses(out, server, "also /kg/query; the copy, not the store");
        return ServerBanner.untilStopped(out, server);
    }
}
