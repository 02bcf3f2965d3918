package org.grpokg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.grpokg.generate.DataGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a synthetic data folder of N entries (catalogue.md, entries/, models/) for tests and benchmarks.",
            "Long-tailed use of base models and code bases, lineage chains, missing fields, mistakes of the list to flag;",
            "the same seed and size give the same bytes. It builds and validates: grpo-kg build --data DIR --store STORE."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--entries", required = true, paramLabel = "N", description = "Number of entries (1 to 2,000,000).")
    int entries;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write; must be empty or absent.")
    Path output;

    @Option(names = "--force", description = "Write into a folder that is not empty: catalogue.md, entries/ and models/ are replaced, nothing else is touched.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (entries < 1 || entries > DataGenerator.MAX_ENTRIES) {
            throw new UserException(ExitCodes.USAGE, "--entries must be between 1 and " + DataGenerator.MAX_ENTRIES + ", not " + entries);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserException(ExitCodes.BAD_INPUT, output + ": not a folder");
        }
        try {
            if (Files.isDirectory(output) && !isEmpty(output)) {
                if (!force) {
                    throw new UserException(ExitCodes.USAGE, output + ": the folder is not empty (--force replaces its catalogue.md, entries/ and models/)");
                }
                clear(output);
            }
            long start = System.nanoTime();
            DataGenerator.Summary s = new DataGenerator(entries, seed).writeTo(output);
            spec.commandLine().getOut().printf("wrote %s: %d entries (%d papers, %d repositories, %d listed twice, %d surveys, %d imported), "
                    + "%d base models in %d ms%n", output, s.entries(), s.papers(), s.repositories(), s.duplicates(), s.surveys(),
                    s.imported(), s.models(), (System.nanoTime() - start) / 1_000_000);
            return ExitCodes.OK;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UserException(ExitCodes.BAD_INPUT, "cannot write " + output + ": " + io.getClass().getSimpleName()
                    .replace("Exception", "") + " " + io.getMessage());
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Removes what a generated folder holds (catalogue.md, the YAML files of entries/ and models/), nothing else. */
    private static void clear(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve("catalogue.md"));
        for (String sub : new String[] {"entries", "models"}) {
            Path folder = dir.resolve(sub);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : (Iterable<Path>) s.filter(f -> f.getFileName().toString().endsWith(".yaml"))::iterator) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
