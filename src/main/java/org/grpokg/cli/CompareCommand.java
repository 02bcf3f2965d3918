package org.grpokg.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.grpokg.compare.CompareException;
import org.grpokg.compare.Comparison;
import org.grpokg.compare.ComparisonTable;
import org.grpokg.compare.Condition;
import org.grpokg.compare.Facet;
import org.grpokg.compare.TableFormat;
import org.grpokg.compare.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Entries × facets: the comparison table of a survey, one row per entry in catalogue order",
            "(short name or title, arXiv id, year), one column per facet, values by label, sorted.",
            "Facets: algorithms, baseModels, domains, modalities, rewards, recipe, framework, benchmarks.",
            "--where algorithm=grpo keeps the entries with that value (by key or label; a concept matches",
            "its narrower concepts too, so grpo takes in StepGRPO); repeat it to require several."})
final class CompareCommand implements Callable<Integer>, Stdout {

    private OutputStream stdout = System.out;

    @Override
    public void stdout(OutputStream out) {
        this.stdout = out;
    }

    @Option(names = "--by", split = ",", paramLabel = "FACET",
            description = "The columns, comma-separated (default: algorithms,baseModels,domains,rewards,recipe,framework,benchmarks).")
    List<String> by = new ArrayList<>();

    @Option(names = "--where", paramLabel = "FACET=VALUE", description = "Only entries with VALUE in FACET (repeatable).")
    List<String> where = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown, csv or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    DataOptions options;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() {
        TableFormat f = Formats.parse(TableFormat.class, format, "--format");
        List<Facet> facets;
        List<Condition> conditions;
        try {
            facets = by.isEmpty() ? Facet.DEFAULT : by.stream().map(CompareCommand::facet).toList();
            conditions = where.stream().map(Condition::parse).toList();
        } catch (CompareException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        ComparisonTable table;
        try {
            table = GraphAccess.read(options, endpoint, ds -> Comparison.table(ds.asDatasetGraph(), facets, conditions));
        } catch (CompareException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
        if (output != null) {
            OutputFile.write(output, out -> TableWriter.write(table, f, out));
        } else {
            Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            TableWriter.write(table, f, out);
        }
        return ExitCodes.OK;
    }

    private static Facet facet(String name) {
        return Facet.byName(name).orElseThrow(() -> new CompareException(
                "unknown --by facet '" + name + "' (choose from: " + Facet.names() + ")"));
    }
}
