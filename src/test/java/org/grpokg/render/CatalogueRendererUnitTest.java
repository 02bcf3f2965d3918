package org.grpokg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.grpokg.build.GraphBuilder;
import org.grpokg.catalogue.CatalogueReader;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.Entry;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.SourcePosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph built from data/catalogue.md renders back to data/catalogue.md. */
class CatalogueRendererUnitTest {

    private static final Path CATALOGUE = Path.of("data/catalogue.md");
    private static String rendered;

    @BeforeAll
    static void render() {
        rendered = CatalogueRenderer.render(SparqlSource.local(GraphBuilder.graph(Path.of("data"))));
    }

    /** What the catalogue says of an entry, without where it was read. */
    private static String listed(Entry e) {
        return String.join(" | ", e.kind().label(), e.section(), e.title(), String.valueOf(e.date()), String.valueOf(e.paperUrl()),
                String.valueOf(e.arxivId()), String.valueOf(e.repoUrl()), String.valueOf(e.repo()), String.valueOf(e.linkLabel()));
    }

    private static List<String> listed(Catalogue c) {
        return c.entries().stream().map(CatalogueRendererUnitTest::listed).toList();
    }

    @Test
    void theSameEntriesInTheSameOrderWithTheSameLinks() {
        Catalogue original = new CatalogueReader().read(CATALOGUE);
        Catalogue back = new CatalogueReader().read(rendered, "rendered");
        assertEquals(original.title(), back.title());
        assertEquals(original.introduction(), back.introduction());
        assertEquals(original.sections().stream().map(s -> s.heading() + "/" + s.layout()).toList(),
                back.sections().stream().map(s -> s.heading() + "/" + s.layout()).toList());
        assertEquals(16, back.entries().size());
        assertEquals(listed(original), listed(back));
    }

    @Test
    void theTextIsTheSameButForColumnPaddingAndBlankLines() throws IOException {
        assertEquals(normal(Files.readString(CATALOGUE)), normal(rendered));
        assertTrue(rendered.contains("| Mar 18, 2025 | [DeepPerception"), "dates as the catalogue writes them");
        assertTrue(rendered.contains("| -  "), "'-' for no repository");
    }

    /** Render reads the records (what the list says), not the works (what the sources say). */
    @Test
    void theListIsRenderedAsListedNotAsCorrected() {
        assertTrue(rendered.contains("[DeepPerception: Advancing R1-like"), "the listed title");
        assertTrue(!rendered.contains("KARL:"), "not the title arXiv v3 gives the work");
        assertTrue(rendered.contains("[MedVLM-R1: Incentivizing Medical Reasoning") && !rendered.contains("JZPeterPan/MedVLM-R1"),
                "no repository link where the list has none, although the work has one");
    }

    /** Table cells trimmed, delimiter rows reduced to dashes, runs of blank lines as one. */
    private static String normal(String markdown) {
        return markdown.lines().map(String::strip)
                .map(l -> l.startsWith("|") ? l.replaceAll("\\s*\\|\\s*", "|").replaceAll("-{3,}", "---") : l)
                .collect(Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n").strip();
    }

    @Test
    void tablesAreNewestFirstWhateverTheOrderInTheGraph() {
        Entry older = entry("2501.00001", "Older", "2025-01-05");
        Entry newer = entry("2502.00002", "Newer", "2025-02-05");
        Entry undated = entry("2503.00003", "Undated", null);
        Catalogue c = new Catalogue("T", "Intro.", List.of(new Section("Papers", org.grpokg.model.EntryKind.PAPER,
                Section.Layout.TABLE, List.of(undated, older, newer))));
        String md = CatalogueRenderer.render(SparqlSource.local(GraphBuilder.graph(CatalogueData.of(c))));
        assertTrue(md.indexOf("Newer") < md.indexOf("Older") && md.indexOf("Older") < md.indexOf("Undated"), md);
        assertTrue(md.contains("| Feb 5, 2025 |"), md);
    }

    private static Entry entry(String id, String title, String date) {
        return new Entry(org.grpokg.model.EntryKind.PAPER, new ArxivId(id), null, org.grpokg.model.Listing.ofCatalogue(title,
                date == null ? null : PartialDate.parse(date).orElseThrow(), "https://arxiv.org/abs/" + id, null, null,
                "Papers", new SourcePosition("t", 1)));
    }

    @Test
    void importedEntriesRenderAsALastBulletSection() {
        Entry imported = new Entry(org.grpokg.model.EntryKind.IMPORTED, new ArxivId("2503.17352"),
                new RepoRef("yihedeng9", "OpenVLThinker"), new org.grpokg.model.Listing("Title [with] brackets | and a pipe",
                PartialDate.parse("2025-03").orElseThrow(), "https://arxiv.org/abs/2503.17352",
                "https://github.com/yihedeng9/OpenVLThinker", null, null, null, "Papers", List.of(), java.util.Map.of(),
                new SourcePosition("list.md", 21)));
        Catalogue original = new CatalogueReader().read(CATALOGUE);
        List<Section> sections = new java.util.ArrayList<>(original.sections());
        sections.add(Section.imported(List.of(imported)));
        String md = CatalogueRenderer.render(SparqlSource.local(GraphBuilder.graph(
                CatalogueData.of(new Catalogue(original.title(), original.introduction(), sections)))));
        assertTrue(md.endsWith("## Imported\n- [Title \\[with\\] brackets | and a pipe](https://arxiv.org/abs/2503.17352)"
                + " [GitHub](https://github.com/yihedeng9/OpenVLThinker)\n"), md);
        Catalogue back = new CatalogueReader().read(md, "rendered");
        assertEquals("Title [with] brackets | and a pipe", back.entries().get(back.entries().size() - 1).title());
    }

    @Test
    void aGraphWithoutCatalogueIsSaidSo() {
        Dataset empty = DatasetFactory.createTxnMem();
        RenderException e = assertThrows(RenderException.class, () -> CatalogueRenderer.render(SparqlSource.local(empty)));
        assertTrue(e.getMessage().startsWith("the graph holds no catalogue"), e.getMessage());
    }
}
