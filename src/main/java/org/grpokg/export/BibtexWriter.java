package org.grpokg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.grpokg.graph.Work;
import org.grpokg.graph.Works;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;

/**
 * The works with an arXiv id as BibTeX, one {@code @misc} entry each (arXiv's own export uses
 * {@code @misc} for preprints), in arXiv id order, keys from {@link BibtexKeys}. Fields:
 * {@code author} ("Last, First and ...", in the paper's order), {@code title} (in double braces
 * so styles keep its capitals), {@code year} (from {@code dcterms:issued}), {@code eprint},
 * {@code archivePrefix = {arXiv}}, {@code doi = {10.48550/arXiv.<id>}}, {@code url} (the abs
 * page) and, when the work has a code repository, {@code note} ("Code: " and the address in a url command): every
 * standard style prints {@code note}, where a non-standard {@code code} field would be dropped.
 * Text is escaped by {@link LatexText}; non-ASCII stays UTF-8.
 */
public final class BibtexWriter {

    private static final Pattern URL_SAFE = Pattern.compile("https?://[A-Za-z0-9._~:/?=&+@-]+");

    private BibtexWriter() {
    }

    public static void write(DatasetGraph dsg, Writer out) {
        List<BibtexEntry> entries = Txn.calculateRead(dsg, () -> read(dsg));
        Map<String, String> keys = BibtexKeys.keys(entries);
        try {
            boolean first = true;
            for (BibtexEntry e : entries) {
                if (!first) {
                    out.write("\n");
                }
                first = false;
                out.write(format(keys.get(e.arxivId()), e));
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<BibtexEntry> read(DatasetGraph dsg) {
        Works works = new Works(dsg);
        TreeMap<String, BibtexEntry> byId = new TreeMap<>();
        for (Work w : works.inCatalogueOrder()) {
            if (w.arxivId().isEmpty() || byId.containsKey(w.arxivId().get())) {
                continue;
            }
            Optional<String> code = works.one(w.iri(), GKG.hasRepository.asNode())
                    .flatMap(r -> works.one(r, Vocab.Schema.codeRepository.asNode()).filter(Node::isURI).map(Node::getURI)
                            .or(() -> works.text(r, GKG.githubName.asNode()).map(n -> "https://github.com/" + n)));
            byId.put(w.arxivId().get(), new BibtexEntry(w.arxivId().get(), w.title(), authors(works, w.iri()), w.year(), code));
        }
        return List.copyOf(byId.values());
    }

    /** Names in the order of {@code gkg:hasAuthorship}'s positions; else the creators by name. */
    private static List<String> authors(Works works, Node work) {
        TreeMap<Long, String> ordered = new TreeMap<>();
        for (Node a : works.values(work, GKG.hasAuthorship.asNode())) {
            Optional<Node> person = works.one(a, GKG.author.asNode());
            Optional<String> pos = works.text(a, GKG.position.asNode());
            Optional<String> name = person.flatMap(p -> works.text(p, Vocab.Schema.name.asNode()));
            if (name.isPresent() && pos.isPresent()) {
                ordered.put(Long.parseLong(pos.get()), name.get());
            }
        }
        if (!ordered.isEmpty()) {
            return List.copyOf(ordered.values());
        }
        List<String> names = new ArrayList<>();
        works.values(work, DCTerms.creator.asNode()).forEach(p -> works.text(p, Vocab.Schema.name.asNode()).ifPresent(names::add));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    static String format(String key, BibtexEntry e) {
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        if (!e.authors().isEmpty()) {
            field(b, "author", String.join(" and ", e.authors().stream().map(BibtexWriter::lastFirst).toList()));
        }
        field(b, "title", "{" + LatexText.escape(e.title()) + "}");
        e.year().ifPresent(y -> field(b, "year", y));
        field(b, "eprint", LatexText.escape(e.arxivId()));
        field(b, "archivePrefix", "arXiv");
        field(b, "doi", "10.48550/arXiv." + LatexText.escape(e.arxivId()));
        field(b, "url", "https://arxiv.org/abs/" + e.arxivId());
        e.codeUrl().ifPresent(u -> field(b, "note", "Code: " + (URL_SAFE.matcher(u).matches() ? "\\url{" + u + "}" : LatexText.escape(u))));
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** "Ruochen Wang" as "Wang, Ruochen": the last word is the family name; a single word stays as it is. */
    static String lastFirst(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        int cut = n.lastIndexOf(' ');
        String out = cut < 0 ? n : n.substring(cut + 1) + ", " + n.substring(0, cut);
        // "and" inside a name would split it into two authors
        return LatexText.escape(out).replaceAll("(?i)\\band\\b", "{$0}");
    }
}
