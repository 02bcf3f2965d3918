package org.grpokg.cli;

import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.grpokg.build.GraphBuilder;
import org.grpokg.build.Workspace;
import org.grpokg.connect.EndpointLoader;
import org.grpokg.connect.GraphSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read the data folder, map it to RDF, validate it against the shapes and load it into a TDB2 store.",
            "The old store is replaced only once the new one is complete (a new generation, switched to in one rename);",
            "a second build of the same store at the same time exits 6. Long builds show their progress on stderr.",
            "--endpoint URL loads the graph into a SPARQL 1.1 store instead, replacing everything its dataset holds:"
                + " one SPARQL Update request (DROP ALL, INSERT DATA), which a transactional store applies at once;"
                + " --per-graph sends a Graph Store Protocol PUT per graph and deletes the graphs the build no longer has"
                + " (each graph at once, not the whole)."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--discard-updates",
            description = "Replace the store even when 'serve --allow-update' has changed it (those changes are lost).")
    boolean discardUpdates;

    @Mixin
    EndpointOptions endpoint;

    @Option(names = "--per-graph", description = "With --endpoint: a PUT per graph (Graph Store Protocol) instead of one SPARQL Update request.")
    boolean perGraph;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace ws = options.workspace();
        long start = System.nanoTime();
        if (endpoint.given()) {
            // the local store is not touched, so its updates do not matter here
            return loadInto(ws, start);
        }
        if (perGraph) {
            throw new UserException(ExitCodes.USAGE, "--per-graph goes with --endpoint URL");
        }
        var updates = ws.updates();
        if (updates.isPresent() && !discardUpdates) {
            throw new UserException(ExitCodes.USAGE, "store " + ws.store() + " holds " + updates.get().describe()
                    + ": save them first (grpo-kg export --format trig -o FILE), then build --discard-updates");
        }
        org.grpokg.server.ServerRecord.find(ws.store()).ifPresent(r -> spec.commandLine().getErr().println(
                "grpo-kg: note: the server (process " + r.pid() + ") keeps serving the previous build until it restarts"));
        long quads = ws.build(ProgressLine.onStderr(spec.commandLine().getErr()));
        spec.commandLine().getOut().printf("built %s: %d quads in %d ms%n", ws.store(), quads,
                (System.nanoTime() - start) / 1_000_000);
        return ExitCodes.OK;
    }

    private int loadInto(Workspace ws, long start) {
        try (GraphSource target = endpoint.source().orElseThrow()) {
            target.check();
            Dataset graph = GraphBuilder.checkedGraph(ws.data());
            EndpointLoader.Result r = EndpointLoader.replace(target, graph,
                    perGraph ? EndpointLoader.Mode.PER_GRAPH : EndpointLoader.Mode.UPDATE);
            spec.commandLine().getOut().printf("loaded %s: %d quads (default graph and %d named graphs%s) in %d request%s, %d ms%n",
                    target.name(), r.quads(), r.namedGraphs(),
                    r.deleted().isEmpty() ? "" : "; deleted " + r.deleted().size() + " graphs the build no longer has",
                    r.requests(), r.requests() == 1 ? "" : "s", (System.nanoTime() - start) / 1_000_000);
            if (!r.left().isEmpty()) {
                spec.commandLine().getErr().println("grpo-kg: left in the store " + r.left().size()
                        + " graphs the build does not have (with --default-graph none is deleted: the store keeps graphs of its own): "
                        + String.join(" ", r.left().subList(0, Math.min(5, r.left().size()))) + (r.left().size() > 5 ? " ..." : ""));
            }
        }
        return ExitCodes.OK;
    }
}
