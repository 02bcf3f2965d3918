package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.grpokg.TestPaths;
import org.grpokg.catalogue.CatalogueException;
import org.grpokg.catalogue.EntryYamlWriter;
import org.grpokg.catalogue.importer.ImportSummary;
import org.grpokg.catalogue.importer.ListImporter;
import org.grpokg.query.QueryRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** YAML written by import, dropped into a copy of data/entries/, builds into a graph that conforms to the shapes. */
class ImportedEntriesBuildIntegrationTest {

    private Path data;

    @BeforeEach
    void copyData() throws IOException {
        data = TestPaths.tempDir("data-");
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = data.resolve(Path.of("data").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private ImportSummary importInto(String fixture, EntryYamlWriter[] writer) throws IOException {
        try (EntryYamlWriter w = EntryYamlWriter.folder(data.resolve("entries"), n -> { })) {
            writer[0] = w;
            return new ListImporter(new PrintWriter(new StringWriter())).read(Path.of("src/test/resources/import", fixture), w);
        }
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.create(QueryRunner.parse(query), ds)) {
            ResultSet rs = qe.execSelect();
            return rs.next().getLiteral("n").getLong();
        }
    }

    @Test
    void importedEntriesBuildIntoTheSectionImportedAndConform() throws IOException {
        EntryYamlWriter[] w = new EntryYamlWriter[1];
        importInto("code-links.md", w);
        assertEquals(10, w[0].written());
        importInto("dates.md", w);
        Dataset graph = GraphBuilder.checkedGraph(data);
        assertEquals(26, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:listedIn ?s . ?s rdfs:label 'Imported' }"));
        assertEquals(16, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:listedIn ?s . ?s rdfs:label ?l FILTER(?l != 'Imported') }"),
                "the catalogue's own entries are still there");
        assertEquals(0, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:listedIn/rdfs:label 'Imported' ; gkg:catalogueLine ?l }"),
                "imported entries have no line in catalogue.md");
        assertEquals(0, count(graph, "SELECT (COUNT(?e) AS ?n) { ?r gkg:listedIn/rdfs:label 'Imported' ; foaf:primaryTopic ?e . ?e a gkg:Paper }"),
                "imported entries are not papers until curated");
        assertEquals(1, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:arxivId '2505.00004' ; dcterms:issued '2025-03-22'^^xsd:date }"));
        assertEquals(1, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:arxivId '2505.00005' ; dcterms:issued '2025-03'^^xsd:gYearMonth }"),
                "a month enters the graph as xsd:gYearMonth");
        assertEquals(1, count(graph, "SELECT (COUNT(?r) AS ?n) { ?r gkg:listedIn ?s ; foaf:primaryTopic/gkg:arxivId '2505.00005' ; gkg:listedDate '2025-03'^^xsd:gYearMonth }"),
                "and the record keeps it as listed");
        assertEquals(1, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:arxivId '2508.00004' ; gkg:hasRepository/gkg:githubName 'c-lab/c04' }"));
    }

    @Test
    void anEntryFileWithoutListingForAnEntryNotInTheCatalogueIsStillAnError() throws IOException {
        Files.writeString(data.resolve("entries/2599.00001.yaml"), "entry: \"2599.00001\"\n");
        CatalogueException e = assertThrows(CatalogueException.class, () -> GraphBuilder.graph(data));
        assertTrue(e.getMessage().contains("is not in catalogue.md and has no 'listing:' block"), e.getMessage());
    }

    @Test
    void catalogueMdWinsOverAListing() throws IOException {
        Path file = data.resolve("entries/2503.12797.yaml");
        Files.writeString(file, Files.readString(file) + "listing:\n  title: Another Title\n");
        Dataset graph = GraphBuilder.checkedGraph(data);
        assertEquals(0, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e gkg:listedIn/rdfs:label 'Imported' }"));
        assertEquals(0, count(graph, "SELECT (COUNT(?e) AS ?n) { ?e dcterms:title 'Another Title' }"));
    }
}
