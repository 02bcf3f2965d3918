package org.grpokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.grpokg.catalogue.CatalogueReader;
import org.grpokg.catalogue.DataReader;
import org.grpokg.catalogue.EntryYamlWriter;
import org.grpokg.catalogue.facets.FacetImport;
import org.grpokg.catalogue.facets.FacetMapper;
import org.grpokg.catalogue.importer.ListMerger;
import org.grpokg.catalogue.importer.ImportSummary;
import org.grpokg.catalogue.importer.KnownEntries;
import org.grpokg.catalogue.importer.ListImporter;
import org.grpokg.catalogue.importer.NewEntriesFilter;
import org.grpokg.export.ExportFormat;
import org.grpokg.export.GraphExporter;
import org.grpokg.model.Entry;
import org.grpokg.model.Listing;
import org.grpokg.rdf.ImportedGraph;
import org.grpokg.rdf.TaxonomyLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read an awesome list written by others (Markdown: GitHub tables, bullet lists) and write its entries"
                + " as entry YAML (the data/entries format with a 'listing:' block: drop the files into data/entries/ and"
                + " they build, in a section Imported) or as Turtle (the same entries as the graph holds them, in a"
                + " catalogue of their own: a preview, not for merging).",
            "Problems are reported, not guessed, one a line as file:line on standard error, then a summary: the same entry"
                + " twice, one arXiv id under two titles, code links that are not repositories, links without address,"
                + " rows and tables it cannot read. Entries go to standard output, or -o.",
            "With --against, only the entries the catalogue does not have yet (by arXiv id or repository) are written,"
                + " as YAML (or Turtle) ready to add: 'grpo-kg import list.md --against data/catalogue.md -o data/entries/'.",
            "Facets the list states (columns such as RL, RL Algorithm, Base model/Backbone, Modality, Task, Framework; headings"
                + " and tags) become facts citing the list: concepts of the taxonomies by their labels, base models only when"
                + " data/models holds them (the data folder of --against, else ./data). Values that match nothing are reported.",
            "Several lists: 'grpo-kg import A.md B.md C.md' merges them by arXiv id and repository, keeps every listing"
                + " (a 'listings:' block) and reports where the lists disagree (two titles, two dates).",
            "Exits 4 when the file is not UTF-8 Markdown text or nothing usable was read."})
final class ImportCommand implements Callable<Integer> {

    /** What {@code import} writes. */
    enum ImportFormat { YAML, TURTLE }

    @Parameters(paramLabel = "FILE.md", arity = "1..*", description = "The Markdown list(s) to read; several are merged.")
    List<Path> files;

    /** The first list (the only one, in the single-list case). */
    private Path file;

    @Option(names = {"-f", "--format"}, defaultValue = "yaml", paramLabel = "FORMAT",
            description = "yaml (entry files, default) or turtle.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT instead of standard output. When OUT is a folder (existing, or ending in /):"
                    + " one YAML file per entry, <arXiv id>.yaml or owner+name.yaml; existing files are kept.")
    String outputName;

    /** The output path; named as a string, since a Path drops the trailing '/' that marks a folder yet to be made. */
    private Path output;

    @Option(names = "--against", paramLabel = "CATALOGUE.md",
            description = "Write only the entries this catalogue does not list yet (same arXiv id or same repository).")
    Path against;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ImportFormat f = Formats.parse(ImportFormat.class, format, "--format");
        output = outputName == null ? null : Path.of(outputName);
        boolean folder = output != null && (Files.isDirectory(output) || outputName.endsWith(File.separator)
                || outputName.endsWith("/"));
        if (folder && f == ImportFormat.TURTLE) {
            throw new UserException(ExitCodes.USAGE, "--format turtle writes one file; -o " + output + " is a folder");
        }
        file = files.get(0);
        KnownEntries known = against == null ? null : KnownEntries.of(new CatalogueReader().read(against));
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = against != null && against.toAbsolutePath().getParent() != null ? against.toAbsolutePath().getParent() : Path.of("data");
        FacetImport facets = new FacetImport(new FacetMapper(TaxonomyLabels.read(), DataReader.readModels(dataDir)), err::println);
        if (files.size() > 1) {
            return several(f, folder, known, err, facets);
        }
        NewEntriesFilter filter = new NewEntriesFilter(known);
        ListImporter importer = new ListImporter(err);
        ImportSummary summary = write(f, folder, err, facets,
                sink -> importer.read(file, filter.then(e -> sink.accept(e, List.of(e.listing())))), ImportSummary::title);
        spec.commandLine().getOut().flush();
        if (summary.entries() == 0) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": no entries read (" + summary.skipped() + " skipped)");
        }
        if (known != null) {
            err.printf("%s: %d not in %s yet, %d already there%s%n", file, filter.passed(), against, filter.matched(),
                    filter.passed() == 0 ? ": nothing written" : "");
        }
        if (f == ImportFormat.YAML) {
            err.println(file + ": " + facets.summary());
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** Several lists: read each, merge by arXiv id and repository, report disagreements, write the merged entries. */
    private int several(ImportFormat f, boolean folder, KnownEntries known, PrintWriter err, FacetImport facets) throws IOException {
        ListMerger merger = new ListMerger();
        for (Path list : files) {
            ImportSummary s = new ListImporter(err).read(list, merger);
            if (s.entries() == 0) {
                throw new UserException(ExitCodes.BAD_INPUT, list + ": no entries read (" + s.skipped() + " skipped)");
            }
        }
        List<ListMerger.Merged> merged = merger.merge(err::println);
        List<ListMerger.Merged> fresh = merged.stream().filter(m -> known == null || known.match(m.entry()).isEmpty()).toList();
        write(f, folder, err, facets, sink -> {
            fresh.forEach(m -> sink.accept(m.entry(), m.listings()));
            return null;
        }, none -> files.size() + " lists");
        spec.commandLine().getOut().flush();
        long inSeveral = merged.stream().filter(m -> m.listings().stream().map(l -> l.source().file()).distinct().count() > 1).count();
        err.printf("%d lists: %d entries after merging, %d of them in more than one list%s%n", files.size(), merged.size(), inSeveral,
                known == null ? "" : "; " + fresh.size() + " not in " + against + " yet, " + (merged.size() - fresh.size()) + " already there");
        if (f == ImportFormat.YAML) {
            err.println(facets.summary());
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** Hands the entries to write, each with the listings it cites, to {@code sink}; returns what reading them gave. */
    @FunctionalInterface
    private interface EntryFeed<T> {
        T feed(BiConsumer<Entry, List<Listing>> sink) throws IOException;
    }

    /**
     * Writes the entries {@code feed} hands on, in the single-list and the several-list case alike:
     * one YAML file each into the folder -o names (and says how many), Turtle titled by
     * {@code title} of what the feed returned, or a YAML stream to -o or standard output. The file
     * -o names is kept only when an entry was written. A file of the folder that cannot be written
     * is exit 7, any other failed write exit 4.
     */
    private <T> T write(ImportFormat f, boolean folder, PrintWriter err, FacetImport facets, EntryFeed<T> feed,
                        Function<T, String> title) throws IOException {
        try {
            if (folder) {
                try (EntryYamlWriter yaml = EntryYamlWriter.folder(output, err::println)) {
                    T result = feed.feed((e, listings) -> yaml.write(facets.of(e, listings)));
                    err.printf("%s: %d files written, %d kept as they were%n", output, yaml.written(), yaml.kept());
                    return result;
                }
            }
            if (f == ImportFormat.TURTLE) {
                List<Entry> entries = new ArrayList<>();
                T result = feed.feed((e, listings) -> entries.add(e));
                if (!entries.isEmpty()) {
                    emit(w -> w.write(turtle(title.apply(result), entries)));
                }
                return result;
            }
            try (OutputFile out = output == null ? null : OutputFile.open(output)) {
                Writer w = out == null ? spec.commandLine().getOut() : out.writer();
                AtomicInteger written = new AtomicInteger();
                T result;
                try (EntryYamlWriter yaml = EntryYamlWriter.stream(w, header())) {
                    result = feed.feed((e, listings) -> {
                        written.incrementAndGet();
                        yaml.write(facets.of(e, listings));
                    });
                }
                if (out != null && written.get() > 0) {
                    out.commit();
                }
                return result;
            }
        } catch (EntryYamlWriter.FileNotWritten e) {
            throw new OutputFailedException(e.file().toString(), e.getCause());
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot write: " + e.getCause().getMessage());
        }
    }

    private void emit(OutputFile.Content content) throws IOException {
        if (output == null) {
            content.write(spec.commandLine().getOut());
        } else {
            OutputFile.write(output, content);
        }
    }

    private static String turtle(String title, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GraphExporter.write(ImportedGraph.of(title, entries), ExportFormat.TURTLE, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String header() {
        String lists = files.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("");
        return "entries of " + lists + (against != null ? " not in " + against : "") + ", read by grpo-kg import";
    }
}
