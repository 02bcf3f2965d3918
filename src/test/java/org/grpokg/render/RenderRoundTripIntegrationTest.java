package org.grpokg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.catalogue.DataReader;
import org.grpokg.catalogue.EntryYamlWriter;
import org.grpokg.catalogue.importer.ListImporter;
import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.junit.jupiter.api.Test;

/**
 * {@code grpo-kg render} writes a catalogue that builds again: a data folder with imported entries,
 * rendered and built with the same entries folder, gives the same entries (issue 11, fault 10).
 */
class RenderRoundTripIntegrationTest {

    private static Path dataWithImports() throws IOException {
        Path data = TestPaths.copyOfData();
        for (String fixture : List.of("code-links.md", "dates.md")) {
            try (EntryYamlWriter w = EntryYamlWriter.folder(data.resolve("entries"), n -> { })) {
                new ListImporter(new PrintWriter(new StringWriter())).read(Path.of("src/test/resources/import", fixture), w);
            }
        }
        return data;
    }

    private static List<String> entries(Catalogue c) {
        return c.entries().stream().map(e -> String.join(" | ", e.key().toString(), e.kind().label(), e.section(), e.title(),
                String.valueOf(e.date()), String.valueOf(e.paperUrl()), String.valueOf(e.repoUrl()))).sorted().toList();
    }

    private static String render(Dataset graph) {
        return CatalogueRenderer.render(SparqlSource.local(graph));
    }

    @Test
    void aRenderedCatalogueWithImportedEntriesBuildsToTheSameEntries() throws IOException {
        Path data = dataWithImports();
        Catalogue before = new DataReader().read(data).catalogue();
        assertTrue(before.entries().stream().anyMatch(e -> e.section().equals("Imported")), "the fixture has imported entries");
        String markdown = render(GraphBuilder.checkedGraph(data));
        assertTrue(markdown.contains("\n## Imported\n"), markdown);

        Files.writeString(data.resolve("catalogue.md"), markdown, StandardCharsets.UTF_8);
        Dataset again = GraphBuilder.checkedGraph(data);
        assertEquals(entries(before), entries(new DataReader().read(data).catalogue()));
        assertEquals(markdown, render(again), "rendering the rebuilt graph gives the same Markdown");
    }

    @Test
    void aTitleWithAControlCharacterIsNotWrittenRaw() {
        Catalogue c = new Catalogue("T", "", List.of(org.grpokg.model.Section.imported(List.of(new Entry(
                org.grpokg.model.EntryKind.IMPORTED, new org.grpokg.model.ArxivId("2503.00001"), null,
                org.grpokg.model.Listing.ofCatalogue("A\u0007B", null, "https://arxiv.org/abs/2503.00001", null, null,
                        "Imported", new org.grpokg.model.SourcePosition("graph", 0)))))));
        RenderException e = assertThrows(RenderException.class, () -> CatalogueMarkdown.write(c));
        assertTrue(e.getMessage().startsWith("entry 2503.00001: its title has a control character U+0007"), e.getMessage());
    }

    @Test
    void aTitleWithAnUnclosedRightToLeftOverrideIsNotWrittenRaw() {
        Catalogue c = new Catalogue("T", "", List.of(org.grpokg.model.Section.imported(List.of(new Entry(
                org.grpokg.model.EntryKind.IMPORTED, new org.grpokg.model.ArxivId("2503.00001"), null,
                org.grpokg.model.Listing.ofCatalogue("gnp\u202E.exe", null, "https://arxiv.org/abs/2503.00001", null, null,
                        "Imported", new org.grpokg.model.SourcePosition("graph", 0)))))));
        RenderException e = assertThrows(RenderException.class, () -> CatalogueMarkdown.write(c));
        assertTrue(e.getMessage().contains("unclosed bidirectional control U+202E"), e.getMessage());
        assertFalse(e.getMessage().contains("\u202E"), "the message names the character, it does not hold it");
    }
}
