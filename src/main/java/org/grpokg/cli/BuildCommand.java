package org.grpokg.cli;

import java.util.concurrent.Callable;

import org.grpokg.build.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read the data folder, map it to RDF, validate it against the shapes and load it into a TDB2 store.",
            "The old store is replaced only once the new one is complete (a new generation, switched to in one rename);",
            "a second build of the same store at the same time exits 6. Long builds show their progress on stderr."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--discard-updates",
            description = "Replace the store even when 'serve --allow-update' has changed it (those changes are lost).")
    boolean discardUpdates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        var updates = ws.updates();
        if (updates.isPresent() && !discardUpdates) {
            throw new UserException(ExitCodes.USAGE, "store " + ws.store() + " holds " + updates.get().describe()
                    + ": save them first (grpo-kg export --format trig -o FILE), then build --discard-updates");
        }
        long start = System.nanoTime();
        org.grpokg.server.ServerRecord.find(ws.store()).ifPresent(r -> spec.commandLine().getErr().println(
                "grpo-kg: note: the server (process " + r.pid() + ") keeps serving the previous build until it restarts"));
        long quads = ws.build(ProgressLine.onStderr(spec.commandLine().getErr()));
        spec.commandLine().getOut().printf("built %s: %d quads in %d ms%n", ws.store(), quads,
                (System.nanoTime() - start) / 1_000_000);
        return ExitCodes.OK;
    }
}
