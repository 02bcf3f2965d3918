package org.grpokg.cli;

import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.grpokg.build.Workspace;
import org.grpokg.connect.GraphSource;
import org.grpokg.server.ServerRecord;

/**
 * Where commands that read the graph find it: the store named by {@code --endpoint}; else the
 * running server that holds the local store; else the local store itself (built first when it is
 * the default store and missing or stale).
 */
final class GraphAccess {

    private GraphAccess() {
    }

    /** The running server of the store, if any. */
    static Optional<ServerRecord> server(DataOptions options) {
        return ServerRecord.find(options.workspace().store());
    }

    /** The graph, wherever it is; the caller closes it (which releases a local store). */
    static GraphSource open(DataOptions options, EndpointOptions endpoint) {
        Optional<GraphSource> remote = endpoint.source();
        if (remote.isPresent()) {
            return remote.get();
        }
        Optional<ServerRecord> server = server(options);
        if (server.isPresent()) {
            return GraphSource.server(server.get().baseUrl());
        }
        return local(options);
    }

    /** The local store, built first when it is the default one and missing or stale; the caller closes it. */
    private static GraphSource local(DataOptions options) {
        Workspace ws = options.workspace();
        if (options.defaultStore()) {
            ws.ensureBuilt(org.apache.jena.sys.JenaSystem::init); // Jena starts while another thread checks the data
        }
        return GraphSource.local(ws.kgStore());
    }

    /** The result of {@code read} over every graph, wherever the graph is (a remote one copied first). */
    static <T> T read(DataOptions options, EndpointOptions endpoint, Function<Dataset, T> read) {
        try (GraphSource graph = open(options, endpoint)) {
            return graph.readDataset(true, read);
        }
    }

    /** The result of {@code read} over the local store, released afterwards. */
    static <T> T fromLocalStore(DataOptions options, Function<Dataset, T> read) {
        try (GraphSource graph = local(options)) {
            return graph.readDataset(true, read);
        }
    }
}
