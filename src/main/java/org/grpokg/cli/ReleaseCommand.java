package org.grpokg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.grpokg.build.Workspace;
import org.grpokg.release.ReleaseDate;
import org.grpokg.release.ReleaseException;
import org.grpokg.release.ReleaseInfo;
import org.grpokg.release.ReleaseWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "release", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a dated, reproducible release into a new folder: the data as Turtle, sorted N-Triples (gzipped)",
            "and JSON-LD, every graph as TriG, the dataset description (void.ttl: VoID + DCAT) and SHA256SUMS;",
            "with --since, CHANGELOG.md lists the entries and facts added, changed and removed since that release.",
            "The same data and options give byte-identical files: the date comes from --date or the data, not the clock."})
final class ReleaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "The release folder, which must not exist (default: target/releases/<date> of the project).")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The release date (default: the newest day a work in the data was issued).")
    String date;

    @Option(names = "--tag", paramLabel = "TEXT", description = "The version label (default: the date).")
    String tag;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the release's files will be published, for the DCAT download URLs (default: "
                    + ReleaseInfo.DEFAULT_BASE + "<date>/).")
    String baseUrl;

    @Option(names = "--since", paramLabel = "DIR", description = "A previous release folder: write CHANGELOG.md.")
    Path since;

    @Mixin
    DataOptions options;

    @Override
    public Integer call() {
        if (GraphAccess.server(options).isPresent()) {
            throw new UserException(ExitCodes.UNAVAILABLE,
                    "the store is being served: stop 'grpo-kg serve' to make a release from it (a release reads the store itself)");
        }
        List<Path> files = GraphAccess.fromLocalStore(options, this::release);
        Path folder = files.get(0).getParent();
        spec.commandLine().getOut().println("released " + folder + ": " + files.size() + " files");
        return ExitCodes.OK;
    }

    private List<Path> release(Dataset graph) {
        LocalDate day;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new UserException(ExitCodes.USAGE, "--date '" + date + "' is not a day like 2025-03-18");
            }
        } else {
            day = ReleaseDate.newestIssued(graph).orElseThrow(() -> new UserException(ExitCodes.USAGE,
                    "the data has no dated work to take the release date from: give --date"));
        }
        ReleaseInfo info = new ReleaseInfo(day, tag, baseUrl);
        Path folder = output != null ? output : Workspace.home().resolve("target").resolve("releases").resolve(day.toString());
        try {
            return ReleaseWriter.write(graph, info, folder, Optional.ofNullable(since));
        } catch (ReleaseException e) {
            throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }
}
