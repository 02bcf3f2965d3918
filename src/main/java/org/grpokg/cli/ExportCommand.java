package org.grpokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.grpokg.connect.GraphSource;
import org.grpokg.export.ExportFormat;
import org.grpokg.export.GraphExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the data (the default graph), Turtle by default, with readable prefixes.",
            "TriG writes every graph: the data, the ontology, the taxonomies and one graph per source",
            "(the provenance of each researched fact). N-Triples, Turtle and TriG are sorted (subject,",
            "predicate, object) with a fixed prefix set: the same data gives the same bytes.",
            "bibtex: a @misc entry per work with an arXiv id (authors, title, year, eprint, arXiv DOI,",
            "abs URL, code URL in note), LaTeX specials escaped, keys stable across runs.",
            "--endpoint reads the graph from any SPARQL store (its Graph Store Protocol address)."})
final class ExportCommand implements Callable<Integer>, Stdout {

    private OutputStream stdout = System.out;

    @Override
    public void stdout(OutputStream out) {
        this.stdout = out;
    }

    @Option(names = {"-f", "--format"}, defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, ntriples, jsonld, rdfxml, trig or bibtex (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    DataOptions options;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = Formats.parse(ExportFormat.class, format, "--format");
        if (output == null) {
            write(f, stdout);
            stdout.flush();
            return ExitCodes.OK;
        }
        // written beside the target and moved in place: a failed export leaves no half-written file
        OutputFile.writeBytes(output, out -> write(f, out));
        return ExitCodes.OK;
    }

    private void write(ExportFormat f, OutputStream out) {
        try (GraphSource graph = GraphAccess.open(options, endpoint)) {
            GraphExporter.write(graph, f, out);
        }
    }
}
