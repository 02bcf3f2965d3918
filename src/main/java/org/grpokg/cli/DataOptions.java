package org.grpokg.cli;

import java.nio.file.Path;

import org.grpokg.build.Workspace;
import picocli.CommandLine.Option;

/** {@code --data} and {@code --store}, shared by the commands that read the catalogue or the graph. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: data/ of the project).")
    Path data;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: target/kg-store/ of the project, built when missing or older than the data;"
                    + " query, export and render use a store named here as it is, serve rebuilds it when stale).")
    Path store;

    Workspace workspace() {
        return Workspace.of(data, store);
    }

    /** True when the user named no store: then commands build it on demand. */
    boolean defaultStore() {
        return store == null;
    }
}
