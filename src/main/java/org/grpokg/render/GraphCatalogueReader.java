package org.grpokg.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grpokg.model.ArxivId;
import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKind;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.SourcePosition;

/**
 * Reads the catalogue back from the graph with the SPARQL queries in {@code render/*.rq}: title,
 * introduction, sections in order with their layout, entries in order with the links as written.
 */
final class GraphCatalogueReader {

    /** Where entries read from the graph say they come from. */
    static final String FROM = "graph";

    private final SparqlSource graph;

    GraphCatalogueReader(SparqlSource graph) {
        this.graph = graph;
    }

    /** @throws RenderException when the graph holds no catalogue */
    Catalogue read() {
        List<Map<String, String>> cat = graph.select(query("catalogue.rq"));
        if (cat.isEmpty()) {
            throw new RenderException("the graph holds no catalogue (no dcat:Catalog with a dcterms:title): was it built by grpo-kg?");
        }
        String title = cat.get(0).get("title");
        String intro = cat.get(0).getOrDefault("description", "");
        Map<String, List<Map<String, String>>> rowsBySection = new LinkedHashMap<>();
        for (Map<String, String> row : graph.select(query("entries.rq"))) {
            rowsBySection.computeIfAbsent(row.get("section"), k -> new ArrayList<>()).add(row);
        }
        List<Section> sections = new ArrayList<>();
        for (Map<String, String> s : graph.select(query("sections.rq"))) {
            String label = s.get("label");
            Section.Layout layout = "table".equalsIgnoreCase(s.get("layout")) ? Section.Layout.TABLE : Section.Layout.BULLETS;
            List<Entry> entries = entries(rowsBySection.getOrDefault(s.get("section"), List.of()), label);
            EntryKind kind = entries.isEmpty() ? EntryKind.PAPER : entries.get(0).kind();
            sections.add(new Section(label, kind, layout, entries));
        }
        return new Catalogue(title, intro, sections);
    }

    /** One entry per entry IRI, in position order; of several repository links the one written is kept. */
    private static List<Entry> entries(List<Map<String, String>> rows, String section) {
        Map<String, List<Map<String, String>>> byEntry = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> Long.compare(Long.parseLong(a.get("position")), Long.parseLong(b.get("position"))))
                .forEach(r -> byEntry.computeIfAbsent(r.get("entry"), k -> new ArrayList<>()).add(r));
        List<Entry> out = new ArrayList<>();
        for (List<Map<String, String>> versions : byEntry.values()) {
            Map<String, String> r = versions.get(0);
            RepoRef repo = r.get("repoName") == null ? null : RepoRef.parse(r.get("repoName")).orElse(null);
            String repoUrl = null;
            for (Map<String, String> v : versions) {
                String u = v.get("repoUrl");
                if (u != null && (repoUrl == null || (repo != null && repoUrl.equals(repo.url()) && !u.equals(repo.url())))) {
                    repoUrl = u;
                }
            }
            ArxivId arxiv = r.get("arxiv") != null && ArxivId.isValid(r.get("arxiv")) ? new ArxivId(r.get("arxiv")) : null;
            if (arxiv == null && repo == null) {
                throw new RenderException("entry " + r.get("entry") + " has neither an arXiv id nor a repository");
            }
            out.add(new Entry(kind(r.get("kind")), section, r.get("title"), date(r.get("issued"), r.get("entry")), r.get("url"),
                    arxiv, repoUrl, repo, r.get("label"), new SourcePosition(FROM, 0)));
        }
        return out;
    }

    private static EntryKind kind(String kind) {
        return kind == null ? EntryKind.IMPORTED : EntryKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    private static LocalDate date(String issued, String entry) {
        if (issued == null) {
            return null;
        }
        try {
            return LocalDate.parse(issued);
        } catch (DateTimeParseException e) {
            throw new RenderException("entry " + entry + " has a date that is not a day: " + issued);
        }
    }

    static String query(String name) {
        try (InputStream in = GraphCatalogueReader.class.getClassLoader().getResourceAsStream("render/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: render/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
