package org.grpokg.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKey;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
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

    /** One entry per record, in position order. */
    private static List<Entry> entries(List<Map<String, String>> rows, String section) {
        List<Entry> out = new ArrayList<>();
        rows.stream().sorted((a, b) -> Long.compare(Long.parseLong(a.get("position")), Long.parseLong(b.get("position"))))
                .forEach(r -> out.add(entry(r, section)));
        return out;
    }

    private static Entry entry(Map<String, String> r, String section) {
        EntryKey key = EntryKey.parse(r.get("key")).orElseThrow(() ->
                new RenderException("record " + r.get("record") + " has a key that is neither an arXiv id nor owner/name: " + r.get("key")));
        String repoUrl = r.get("repository");
        RepoRef repo = key.repo() != null ? key.repo() : RepoRef.fromUrl(repoUrl).orElse(null);
        PartialDate date = null;
        if (r.get("date") != null) {
            date = PartialDate.parse(r.get("date")).orElseThrow(() ->
                    new RenderException("record " + r.get("record") + " has a date that is not one: " + r.get("date")));
        }
        return new Entry(kind(r.get("kind")), key.arxivId(), repo, Listing.ofCatalogue(r.get("title"), date,
                r.get("paper"), repoUrl, r.get("label"), section, new SourcePosition(FROM, 0)));
    }

    private static EntryKind kind(String kind) {
        return kind == null ? EntryKind.IMPORTED : EntryKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
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
