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
            "The old store is replaced only once the new one is complete.",
            "--endpoint URL loads the graph into a SPARQL 1.1 store instead, replacing everything its dataset holds:"
                + " one SPARQL Update request (DROP ALL, INSERT DATA), which a transactional store applies at once;"
                + " --per-graph sends a Graph Store Protocol PUT per graph and deletes the graphs the build no longer has"
                + " (each graph at once, not the whole)."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

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
            return loadInto(ws, start);
        }
        if (perGraph) {
            throw new UserException(ExitCodes.USAGE, "--per-graph goes with --endpoint URL");
        }
        long quads = ws.build();
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
        }
        return ExitCodes.OK;
    }
}
