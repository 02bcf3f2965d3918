package org.grpokg.describe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the server's pages count over the whole store: the dataset description (VoID sizes,
 * classes, vocabularies, licence) and the home page's facet values with their entry counts.
 * Counted by the build into the store generation ({@value #FILE}), read by {@code serve} at
 * start instead of counting again; a change through the server deletes the file before it
 * reaches the store, so the file, when present, always describes the data beside it. See
 * docs/decisions/0020-fast-serve-start.md.
 */
public record StoreSummary(DatasetDescription description, List<FacetCount> facets) {

    /** The file in a generation folder. */
    public static final String FILE = "grpo-kg-summary.tsv";

    private static final String VERSION = "1";

    public StoreSummary {
        facets = List.copyOf(facets);
    }

    /** Counts everything over {@code dsg} (reads every quad: seconds on a large store). */
    public static StoreSummary count(DatasetGraph dsg) {
        return new StoreSummary(DatasetDescription.count(dsg), FacetCount.count(dsg));
    }

    /** Counts over {@code dsg} and writes the file into {@code generation}; false when the counts cannot be stored. */
    public static boolean countInto(DatasetGraph dsg, Path generation) {
        return count(dsg).writeInto(generation);
    }

    /** The summary stored in {@code generation}, if there is a complete one of this version. */
    public static Optional<StoreSummary> readFrom(Path generation) {
        List<String> lines;
        try {
            lines = Files.readAllLines(generation.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            return parse(lines);
        } catch (RuntimeException e) {
            // damaged: count again
            return Optional.empty();
        }
    }

    /**
     * Writes the file into {@code generation} (beside, then renamed in one step); false, writing
     * nothing, when something counted is not an IRI (a blank-node class added through the server).
     */
    public boolean writeInto(Path generation) {
        Optional<String> text = text();
        if (text.isEmpty()) {
            return false;
        }
        Path target = generation.resolve(FILE);
        Path tmp = generation.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, text.get(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Deletes the file of {@code generation}; a failure is an error (a stale summary must not survive a change). */
    public static void deleteFrom(Path generation) {
        try {
            Files.deleteIfExists(generation.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + generation.resolve(FILE), e);
        }
    }

    /** The file's text: one fact per line, tab-separated; empty when a class is not an IRI. */
    Optional<String> text() {
        DatasetDescription d = description;
        StringBuilder sb = new StringBuilder();
        sb.append("# grpo-kg: counts for the server's pages, made from this generation's data (docs/decisions/0020)\n");
        line(sb, "version", VERSION);
        line(sb, "triples", Long.toString(d.triples()));
        line(sb, "namedGraphs", Long.toString(d.namedGraphs()));
        line(sb, "namedGraphQuads", Long.toString(d.namedGraphQuads()));
        line(sb, "properties", Long.toString(d.properties()));
        if (d.licence() != null) {
            if (!d.licence().isURI()) {
                return Optional.empty();
            }
            line(sb, "licence", d.licence().getURI());
        }
        for (String v : d.vocabularies()) {
            line(sb, "vocabulary", v);
        }
        for (DatasetDescription.ClassCount c : d.classes()) {
            if (!c.type().isURI()) {
                return Optional.empty();
            }
            line(sb, "class", c.type().getURI(), Long.toString(c.entities()), c.label());
        }
        for (FacetCount f : facets) {
            if (!f.property().isURI()) {
                return Optional.empty();
            }
            line(sb, "facet", f.property().getURI(), f.value().getURI(), Long.toString(f.entries()), f.label());
        }
        line(sb, "end");
        return Optional.of(sb.toString());
    }

    private static Optional<StoreSummary> parse(List<String> lines) {
        long triples = -1;
        long graphs = -1;
        long graphQuads = -1;
        long properties = -1;
        Node licence = null;
        List<String> vocabularies = new ArrayList<>();
        List<DatasetDescription.ClassCount> classes = new ArrayList<>();
        List<FacetCount> facets = new ArrayList<>();
        boolean versionOk = false;
        boolean ended = false;
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "version" -> versionOk = VERSION.equals(f[1]);
                case "triples" -> triples = Long.parseLong(f[1]);
                case "namedGraphs" -> graphs = Long.parseLong(f[1]);
                case "namedGraphQuads" -> graphQuads = Long.parseLong(f[1]);
                case "properties" -> properties = Long.parseLong(f[1]);
                case "licence" -> licence = NodeFactory.createURI(f[1]);
                case "vocabulary" -> vocabularies.add(f[1]);
                case "class" -> classes.add(new DatasetDescription.ClassCount(NodeFactory.createURI(f[1]), f[3],
                        Long.parseLong(f[2])));
                case "facet" -> facets.add(new FacetCount(NodeFactory.createURI(f[1]), NodeFactory.createURI(f[2]), f[4],
                        Long.parseLong(f[3])));
                case "end" -> ended = true;
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (!versionOk || !ended || triples < 0 || graphs < 0 || graphQuads < 0 || properties < 0) {
            return Optional.empty();
        }
        return Optional.of(new StoreSummary(DatasetDescription.of(triples, graphs, graphQuads, classes, vocabularies, properties, licence),
                facets));
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(escape(fields[i]));
        }
        sb.append('\n');
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
