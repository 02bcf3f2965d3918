package org.grpokg.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.grpokg.stats.BarChart;
import org.grpokg.stats.GraphStats;
import org.grpokg.stats.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Counts of the catalogue's entries per kind, algorithm, base model, domain and month of issue,",
            "each with a small bar chart (plain text)."})
final class StatsCommand implements Callable<Integer>, Stdout {

    private OutputStream stdout = System.out;

    @Override
    public void stdout(OutputStream out) {
        this.stdout = out;
    }

    @Option(names = "--ascii", description = "Draw bars with '#' instead of the UTF-8 block character.")
    boolean ascii;

    @Mixin
    DataOptions options;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() throws IOException {
        List<Tally> tallies = GraphAccess.read(options, endpoint, ds -> GraphStats.of(ds.asDatasetGraph()));
        Writer out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        out.write(BarChart.render(tallies, ascii));
        out.flush();
        return ExitCodes.OK;
    }
}
