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
import org.grpokg.model.ArxivId;
import org.grpokg.model.Correction;
import org.grpokg.model.Entry;
import org.grpokg.model.RepoRef;
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
        Model taxonomies = OntologyFiles.taxonomies();
        List<Entry> entries = data.catalogue().entries();
        assertEquals(16, entries.size());
        assertEquals(entries.size(), actual.size(), "one row per entry");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, String> row = actual.get(i);
            EntryFacts f = data.factsFor(e).orElseThrow(() -> new AssertionError("no facts for " + e.key()));
            String key = e.key().toString();
            // the work's facts: what the list says unless a correction or the work's own date says otherwise
            assertEquals(corrected(f, Correction.TITLE).orElse(e.title()), row.get("title"), key);
            assertEquals(e.kind().label(), row.get("kind"), key);
            String arxiv = e.arxivId() != null ? e.arxivId().id()
                    : corrected(f, Correction.PAPER).flatMap(ArxivId::fromUrl).map(ArxivId::id).orElse("");
            assertEquals(arxiv, row.get("arxiv"), key);
            String date = f.issued() != null ? f.issued().date().toString()
                    : corrected(f, Correction.DATE).orElse(e.date() == null ? "" : e.date().toString());
            assertEquals(date, row.get("date"), key);
            String repo = corrected(f, Correction.REPOSITORY).flatMap(RepoRef::containing).map(RepoRef::slug)
                    .orElse(e.repo() == null ? "" : e.repo().slug());
            assertEquals(repo, row.get("repo"), key);
            assertEquals(joined(f.baseModels(), Fact::value), row.get("baseModels"), key);
            assertEquals(joined(f.algorithms(), x -> label(taxonomies, "algorithm", x.value())), row.get("algorithms"), key);
            assertEquals(joined(f.domains(), x -> label(taxonomies, "domain", x.value())), row.get("domains"), key);
            assertEquals(joined(f.modalities(), x -> label(taxonomies, "modality", x.value())), row.get("modalities"), key);
            assertEquals(joined(f.buildsOn(), x -> lineageKey(data, x.value())), row.get("buildsOn"), key);
        }
    }

    private static java.util.Optional<String> corrected(EntryFacts f, String field) {
        return f.corrections().stream().filter(c -> c.field().equals(field)).map(Correction::actual).findFirst();
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
                .map(x -> x.key().toString()).findFirst().orElse(key);
    }

    private static String label(Model taxonomies, String scheme, String id) {
        String iri = "https://w3id.org/grpo-kg/id/" + scheme + "/" + id;
        return taxonomies.getResource(iri).getProperty(org.apache.jena.vocabulary.SKOS.prefLabel).getString();
    }
}
