package org.grpokg.server;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.query.QueryLimits;
import org.grpokg.store.KgStore;

/**
 * A data folder built into a TDB2 store under target/tmp and served on a free loopback port, with
 * the search index the build wrote: what the server tests share. Closing stops the server and
 * releases the store.
 */
public final class ServedGraph implements AutoCloseable {

    private final Workspace workspace;
    private final Dataset dataset;
    private final KgServer server;

    private ServedGraph(Workspace workspace, Dataset dataset, KgServer server) {
        this.workspace = workspace;
        this.dataset = dataset;
        this.server = server;
    }

    /** Builds {@code data} into a fresh store (its folder named after {@code prefix}) and serves it. */
    public static ServedGraph of(Path data, String prefix) {
        return of(data, prefix, QueryLimits.server());
    }

    /** As {@link #of(Path, String)}, with SPARQL queries under {@code limits}. */
    public static ServedGraph of(Path data, String prefix, QueryLimits limits) {
        Workspace ws = Workspace.of(data, TestPaths.tempDir(prefix).resolve("store"));
        ws.build();
        Dataset ds = ws.kgStore().open();
        try {
            return new ServedGraph(ws, ds, KgServer.start(ds.asDatasetGraph(), 0, true, ws.searchIndex(), limits));
        } catch (RuntimeException e) {
            KgStore.release(ds);
            throw e;
        }
    }

    public KgServer server() {
        return server;
    }

    public Dataset dataset() {
        return dataset;
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        server.close();
        KgStore.release(dataset);
    }
}
