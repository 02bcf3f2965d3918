package org.grpokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.grpokg.connect.GraphSource;
import org.grpokg.render.CatalogueRenderer;
import org.grpokg.render.RenderException;
import org.grpokg.render.SparqlSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the catalogue as Markdown from the graph (SPARQL over the store, the running server that holds it, or any SPARQL store with --endpoint),"
                + " in the layout of data/catalogue.md: title, introduction, sections, Date | Paper | Repository tables"
                + " (newest first) and bullet lists.",
            "The graph built from data/catalogue.md renders back to its entries, order and links; entries imported"
                + " from other lists make a last section, Imported."})
final class RenderCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    DataOptions options;

    @Mixin
    EndpointOptions endpoint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String markdown;
        try (GraphSource graph = GraphAccess.open(options, endpoint)) {
            markdown = CatalogueRenderer.render(SparqlSource.of(graph));
        } catch (RenderException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        if (output == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(output, w -> w.write(markdown));
        }
        return ExitCodes.OK;
    }
}
