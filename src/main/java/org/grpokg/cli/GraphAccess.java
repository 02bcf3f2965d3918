package org.grpokg.cli;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.grpokg.build.Workspace;
import org.grpokg.server.ServerRecord;
import org.grpokg.store.KgStore;

/**
 * How {@code query} and {@code export} reach the graph: through the server that holds the
 * store if one runs, else from the store itself (built first when it is the default store
 * and missing or stale).
 */
final class GraphAccess {

    private GraphAccess() {
    }

    /** The running server of the store, if any. */
    static Optional<ServerRecord> server(DataOptions options) {
        return ServerRecord.find(options.workspace().store());
    }

    /**
     * The result of {@code read} over every graph: a copy fetched from the running server if one
     * holds the store, else the local store (built first when it is the default store).
     */
    static <T> T read(DataOptions options, java.util.function.Function<Dataset, T> read) {
        Optional<ServerRecord> server = server(options);
        if (server.isPresent()) {
            return read.apply(org.grpokg.export.GraphExporter.fetchRemote(server.get().graphStoreEndpoint(), true));
        }
        return fromLocalStore(options, read);
    }

    static void withLocalStore(DataOptions options, Consumer<Dataset> action) {
        fromLocalStore(options, ds -> {
            action.accept(ds);
            return null;
        });
    }

    /** The result of {@code read} over the local store, released afterwards. */
    static <T> T fromLocalStore(DataOptions options, java.util.function.Function<Dataset, T> read) {
        Workspace ws = options.workspace();
        if (options.defaultStore()) {
            ws.ensureBuilt();
        }
        KgStore store = ws.kgStore();
        Dataset ds = store.open();
        try {
            return read.apply(ds);
        } finally {
            KgStore.release(ds);
        }
    }
}
