package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.rdf.model.Model;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.Fact;
import org.grpokg.rdf.OntologyFiles;
import org.junit.jupiter.api.Test;

/**
 * The overview query checked against an independent path: the expected row of each of the
 * 16 entries is computed from the data files read into the model (no RDF), the actual row
 * comes from SPARQL over the mapped graph.
 */
class OverviewQueryUnitTest {

    @Test
    void eachEntryHasItsKeyFactsInTheOverview() throws Exception {
        CatalogueData data = new DataReader().read(TestPaths.DATA);
        Dataset graph = GraphBuilder.graph(data);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        String query = Files.readString(TestPaths.QUERIES.resolve("00-catalogue-overview.rq"));
        QueryRunner.run(QueryRunner.parse(query), graph, OutputFormat.JSON, json);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.toByteArray()), ResultSetLang.RS_JSON);
        List<Map<String, String>> actual = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            rs.getResultVars().forEach(v -> row.put(v, s.contains(v) ? s.get(v).toString() : ""));
            actual.add(row);
        }
        Model ontology = OntologyFiles.ontology();
        List<Entry> entries = data.catalogue().entries();
        assertEquals(16, entries.size());
        assertEquals(entries.size(), actual.size(), "one row per entry");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, String> row = actual.get(i);
            EntryFacts f = data.factsFor(e).orElseThrow(() -> new AssertionError("no facts for " + e.key()));
            assertEquals(e.title(), row.get("title"), e.key());
            assertEquals(e.kind().label(), row.get("kind"), e.key());
            assertEquals(e.arxivId() == null ? "" : e.arxivId().id(), row.get("arxiv"), e.key());
            assertEquals(e.date() == null ? "" : e.date().toString(), row.get("date"), e.key());
            assertEquals(e.repo() == null ? "" : e.repo().slug(), row.get("repo"), e.key());
            assertEquals(joined(f.baseModels(), Fact::value), row.get("baseModels"), e.key());
            assertEquals(joined(f.algorithms(), x -> label(ontology, "algorithm", x.value())), row.get("algorithms"), e.key());
            assertEquals(joined(f.domains(), x -> label(ontology, "domain", x.value())), row.get("domains"), e.key());
            assertEquals(joined(f.modalities(), x -> label(ontology, "modality", x.value())), row.get("modalities"), e.key());
            assertEquals(joined(f.buildsOn(), x -> lineageKey(data, x.value())), row.get("buildsOn"), e.key());
        }
    }

    private static String joined(List<Fact> facts, Function<Fact, String> value) {
        TreeSet<String> sorted = new TreeSet<>();
        facts.forEach(f -> sorted.add(value.apply(f)));
        return String.join(" | ", sorted);
    }

    /** A buildsOn value as the overview shows it: a listed repository shows its entry's key. */
    private static String lineageKey(CatalogueData data, String key) {
        return data.catalogue().entries().stream()
                .filter(x -> x.repo() != null && x.repo().slug().equalsIgnoreCase(key))
                .map(Entry::key).findFirst().orElse(key);
    }

    private static String label(Model ontology, String scheme, String id) {
        String iri = "https://w3id.org/grpo-kg/id/" + scheme + "/" + id;
        return ontology.getResource(iri).getProperty(org.apache.jena.vocabulary.SKOS.prefLabel).getString();
    }
}
