package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.grpokg.TestPaths;
import org.grpokg.catalogue.EntryYamlWriter;
import org.grpokg.catalogue.facets.FacetImport;
import org.grpokg.catalogue.facets.FacetMapper;
import org.grpokg.catalogue.DataReader;
import org.grpokg.catalogue.importer.ListImporter;
import org.grpokg.catalogue.importer.ListMerger;
import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;
import org.grpokg.query.QueryParameters;
import org.grpokg.query.QueryRunner;
import org.grpokg.rdf.TaxonomyLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three hand-written lists merged, written as entry files into a copy of data/, built: each entry
 * has one record per list that includes it, the facets the lists state are facts in each list's
 * named graph, the graph conforms to the shapes, and query 24 finds the works in at least N lists
 * that the catalogue lacks (a curated entry with listings of its own is left out).
 */
class ListRecordsBuildIntegrationTest {

    private static final Path LISTS = Path.of("src/test/resources/import/lists");
    private static Dataset graph;

    @BeforeAll
    static void build() throws IOException {
        Path data = TestPaths.copyOfData();
        ListMerger merger = new ListMerger();
        for (String name : List.of("alpha.md", "beta.md", "gamma.md")) {
            new ListImporter(new java.io.PrintWriter(new java.io.StringWriter())).read(LISTS.resolve(name), merger);
        }
        FacetImport facets = new FacetImport(new FacetMapper(TaxonomyLabels.read(), DataReader.readModels(data)), s -> { });
        try (EntryYamlWriter w = EntryYamlWriter.folder(data.resolve("entries"), s -> { })) {
            merger.merge(s -> { }).forEach(m -> w.write(facets.of(m.entry(), m.listings())));
        }
        // a curated entry (in catalogue.md) that three lists include too
        Path curated = data.resolve("entries/2503.05132.yaml");
        StringBuilder listings = new StringBuilder("listings:\n");
        int line = 20;
        for (String list : List.of("lists/one.md", "lists/two.md", "lists/three.md")) {
            listings.append("  - title: VisualThinker\n    source: {file: ").append(list).append(", line: ").append(line++).append("}\n");
        }
        Files.writeString(curated, Files.readString(curated) + listings);
        graph = GraphBuilder.checkedGraph(data); // throws unless the graph conforms to the shapes
    }

    private static List<String> rows(Query q, String... vars) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, graph)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String v : vars) {
                    cells.add(s.get(v) == null ? "" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI());
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }

    private static List<String> select(String sparql, String... vars) {
        return rows(QueryRunner.parse(sparql), vars);
    }

    private static List<String> query24(String least) {
        LibraryQuery q = QueryLibrary.builtIn().find("24").orElseThrow();
        Query bound = QueryParameters.bind(QueryRunner.parse(q.text()), q.params(), least == null ? Map.of() : Map.of("least", least));
        return rows(bound, "arxiv", "lists", "listNames");
    }

    @Test
    void eachEntrySaysWhichListsIncludeIt() {
        assertEquals(List.of(
                "2503.05132 | 3", "2599.00001 | 3", "2599.00002 | 3", "2599.00003 | 3", "2599.00004 | 2", "2599.00005 | 1"),
                select("SELECT ?id (COUNT(DISTINCT ?list) AS ?n) { ?list a dcat:Catalog ; dcat:record ?r . ?r foaf:primaryTopic/gkg:arxivId ?id ; gkg:listLine ?l } GROUP BY ?id ORDER BY ?id", "id", "n"));
        assertEquals(List.of("https://w3id.org/grpo-kg/id/record/list/beta/arxiv/2599.00002 | Beacon: Spatial Steps in Three Dimensions | 8 | 2025-05 | beta.md"),
                select("SELECT ?r ?t ?line ?d ?name { ?list dcat:record ?r ; dcterms:title ?name . ?r foaf:primaryTopic/gkg:arxivId '2599.00002' ; "
                        + "gkg:listedTitle ?t ; gkg:listLine ?line ; gkg:listedDate ?d FILTER(?name = 'beta.md') }", "r", "t", "line", "d", "name"));
    }

    @Test
    void theListsFactsAreInEachListsNamedGraph() {
        assertEquals(List.of("https://w3id.org/grpo-kg/id/list/alpha | grpo", "https://w3id.org/grpo-kg/id/list/beta | grpo",
                        "https://w3id.org/grpo-kg/id/list/beta | dpo"),
                select("SELECT ?g ?a { GRAPH ?g { <https://w3id.org/grpo-kg/id/entry/arxiv/2599.00001> gkg:usesAlgorithm ?c } "
                        + "?g a prov:Entity . BIND(STRAFTER(STR(?c), '/algorithm/') AS ?a) } ORDER BY ?g DESC(?a)", "g", "a"));
        assertEquals(List.of("Qwen/Qwen2.5-VL-7B-Instruct"),
                select("SELECT ?m { <https://w3id.org/grpo-kg/id/entry/arxiv/2599.00001> gkg:baseModel/gkg:huggingFaceId ?m }", "m"),
                "beta's Qwen2.5-VL-7B is not data/models' Instruct model: no fact from it");
        assertEquals(List.of(), select("SELECT ?c { <https://w3id.org/grpo-kg/id/entry/arxiv/2599.00003> gkg:usesAlgorithm ?c "
                + "FILTER(?c != <https://w3id.org/grpo-kg/id/algorithm/ppo>) }", "c"), "'Mirror Descent Magic' became no fact");
    }

    @Test
    void query24FindsWorksInAtLeastNListsThatTheCatalogueLacks() {
        assertEquals(List.of("2599.00001 | 3 | alpha.md, beta.md, gamma.md", "2599.00002 | 3 | alpha.md, beta.md, gamma.md",
                "2599.00003 | 3 | alpha.md, beta.md, gamma.md"), sorted(query24(null)),
                "2503.05132 is in three lists too, but catalogue.md has it");
        assertEquals(List.of("2599.00001", "2599.00002", "2599.00003", "2599.00004"),
                query24("2").stream().map(r -> r.substring(0, r.indexOf(' '))).sorted().toList());
    }

    /** The list names within a row in order (GROUP_CONCAT keeps none). */
    private static List<String> sorted(List<String> rows) {
        return rows.stream().map(r -> {
            String[] p = r.split(" \\| ");
            return p[0] + " | " + p[1] + " | " + String.join(", ", java.util.Arrays.stream(p[2].split(", ")).sorted().toList());
        }).sorted().toList();
    }

    @Test
    void otherListsStayOutOfTheCatalogueAsRenderedAndAsTheHomePageListsIt() {
        org.grpokg.model.Catalogue rendered = org.grpokg.render.CatalogueRenderer.read(org.grpokg.render.SparqlSource.local(graph));
        assertEquals("Imported", rendered.sections().get(rendered.sections().size() - 1).heading());
        assertEquals(16 + 5, rendered.entries().size(), "the catalogue's 16 entries and the 5 imported ones, each once");
        List<org.apache.jena.sparql.engine.binding.Binding> rows = org.grpokg.server.ld.ServerQueries.select(graph.asDatasetGraph(),
                org.grpokg.server.ld.ServerQueries.query("home-entries"));
        assertEquals(rows.stream().map(b -> b.get("entry")).distinct().count(), rows.size(), "one row per entry on the home page");
    }
}
