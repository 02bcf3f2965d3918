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

    static void withLocalStore(DataOptions options, Consumer<Dataset> action) {
        Workspace ws = options.workspace();
        if (options.defaultStore()) {
            ws.ensureBuilt();
        }
        KgStore store = ws.kgStore();
        Dataset ds = store.open();
        try {
            action.accept(ds);
        } finally {
            KgStore.release(ds);
        }
    }
}
