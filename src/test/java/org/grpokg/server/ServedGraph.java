package org.grpokg.server;

import java.nio.file.Path;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.query.QueryLimits;
import org.grpokg.server.access.UpdateAccess;
import org.grpokg.server.answers.AnswerCache;
import org.grpokg.store.KgStore;

/**
 * A data folder built into a TDB2 store under target/tmp and served on a free loopback port, with
 * the search index the build wrote: what the server tests share. Closing stops the server and
 * releases the store.
 */
public final class ServedGraph implements AutoCloseable {

    private final Workspace workspace;
    private final Dataset dataset;
    private final RunningServer server;

    private ServedGraph(Workspace workspace, Dataset dataset, RunningServer server) {
        this.workspace = workspace;
        this.dataset = dataset;
        this.server = server;
    }

    /** Builds {@code data} into a fresh store (its folder named after {@code prefix}) and serves it. */
    public static ServedGraph of(Path data, String prefix) {
        return of(data, prefix, QueryLimits.server(), null);
    }

    /** As {@link #of(Path, String)}, with SPARQL queries under {@code limits}. */
    public static ServedGraph of(Path data, String prefix, QueryLimits limits) {
        return of(data, prefix, limits, null);
    }

    /**
     * As {@link #of(Path, String)}, accepting updates as {@code updates} says (given the store
     * folder; null: read-only).
     */
    public static ServedGraph of(Path data, String prefix, Function<Path, UpdateAccess> updates) {
        return of(data, prefix, QueryLimits.server(), updates);
    }

    /** The full form: queries under {@code limits}, updates as {@code updates} says. */
    public static ServedGraph of(Path data, String prefix, QueryLimits limits, Function<Path, UpdateAccess> updates) {
        Workspace ws = Workspace.of(data, TestPaths.tempDir(prefix).resolve("store"));
        ws.build();
        return serve(ws, limits, updates);
    }

    /** Serves the store of {@code ws} as it is (no build), as {@link #of(Path, String, Function)}. */
    public static ServedGraph serve(Workspace ws, Function<Path, UpdateAccess> updates) {
        return serve(ws, QueryLimits.server(), updates);
    }

    /** As {@link #serve(Workspace, Function)}, with SPARQL queries under {@code limits}. */
    public static ServedGraph serve(Workspace ws, QueryLimits limits, Function<Path, UpdateAccess> updates) {
        return serve(ws, limits, updates, AnswerCache.Sizes.forHeap());
    }

    /** Builds {@code data} and serves it with answers kept within {@code answers}, as {@link #of(Path, String, QueryLimits, Function)}. */
    public static ServedGraph of(Path data, String prefix, QueryLimits limits, Function<Path, UpdateAccess> updates, AnswerCache.Sizes answers) {
        Workspace ws = Workspace.of(data, TestPaths.tempDir(prefix).resolve("store"));
        ws.build();
        return serve(ws, limits, updates, answers);
    }

    /** The full form of serving a store: queries under {@code limits}, updates as {@code updates} says, answers kept within {@code answers}. */
    public static ServedGraph serve(Workspace ws, QueryLimits limits, Function<Path, UpdateAccess> updates, AnswerCache.Sizes answers) {
        Dataset ds = ws.kgStore().open();
        try {
            return new ServedGraph(ws, ds, KgServer.start(ds.asDatasetGraph(), 0, true, ws.searchIndex(), limits,
                    updates == null ? null : updates.apply(KgStore.folderOf(ds)), answers));
        } catch (RuntimeException e) {
            KgStore.release(ds);
            throw e;
        }
    }

    public RunningServer server() {
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
