package org.grpokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.DateFact;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.Source;
import org.grpokg.model.SourcePosition;
import org.grpokg.rdf.Vocab.Dcat;
import org.grpokg.rdf.Vocab.Foaf;
import org.grpokg.rdf.Vocab.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the list says stays on the record; what is true goes on the work, in the named graph of its source. */
class GraphMapperUnitTest {

    private static final String KG = Iris.BASE;
    private static Dataset real;
    private static Model data;

    @BeforeAll
    static void map() {
        real = GraphBuilder.graph(TestPaths.DATA);
        data = real.getDefaultModel();
    }

    private static Resource r(String path) {
        return data.getResource(KG + path);
    }

    @Test
    void everyLineOfTheCatalogueIsARecordAboutItsWork() {
        List<Resource> records = data.listSubjectsWithProperty(RDF.type, Dcat.CatalogRecord).toList();
        assertEquals(16, records.size());
        for (Resource rec : records) {
            Resource work = rec.getPropertyResourceValue(Foaf.primaryTopic);
            assertTrue(work.hasProperty(RDF.type, GKG.Entry), rec + " is about an entry");
            assertFalse(work.hasProperty(GKG.position) || work.hasProperty(GKG.listedIn) || work.hasProperty(GKG.catalogueLine),
                    "list positions stay on the record: " + work);
            assertTrue(r("catalogue").hasProperty(Dcat.record, rec));
        }
    }

    @Test
    void aCorrectedTitleDiffersBetweenRecordAndWork() {
        Resource record = r("record/arxiv/2503.12797");
        Resource work = r("entry/arxiv/2503.12797");
        assertTrue(record.getProperty(GKG.listedTitle).getString().startsWith("DeepPerception:"), "the list's title");
        assertTrue(work.getProperty(DCTerms.title).getString().startsWith("KARL:"), "the title arXiv v3 gives");
        assertEquals(literal("2025-03-18", XSDDatatype.XSDdate), record.getProperty(GKG.listedDate).getObject());
        assertEquals(literal("2025-03-17", XSDDatatype.XSDdate), work.getProperty(DCTerms.issued).getObject());
        assertTrue(record.hasProperty(GKG.hasCorrection, data.getResource(Iris.correction(record.getURI(), "title"))));
        // the corrected value is stated by its source, in that source's graph
        assertTrue(real.getNamedModel("https://arxiv.org/html/2503.12797v3").contains(work, DCTerms.title));
    }

    @Test
    void aRepositoryTheListLacksReachesTheWorkNotTheRecord() {
        Resource record = r("record/arxiv/2502.19634");
        Resource work = r("entry/arxiv/2502.19634");
        assertFalse(record.hasProperty(GKG.listedRepositoryLink), "the list says '-'");
        assertEquals(KG + "repo/JZPeterPan/MedVLM-R1", work.getPropertyResourceValue(GKG.hasRepository).getURI());
    }

    @Test
    void aRepositoryOnlyProjectIsDatedByItsFirstCommitAndKeepsItsPaper() {
        Resource work = r("entry/github/Deep-Agent/R1-V");
        assertEquals(literal("2025-02-03", XSDDatatype.XSDdate), work.getProperty(DCTerms.issued).getObject());
        assertFalse(r("record/github/Deep-Agent/R1-V").hasProperty(GKG.listedDate), "the list gives no date");
        Resource vlmR1 = r("entry/github/om-ai-lab/VLM-R1");
        assertEquals("2504.07615", vlmR1.getProperty(GKG.arxivId).getString(), "the paper that appeared later");
        assertTrue(vlmR1.hasProperty(RDF.type, GKG.RepositoryProject), "still listed as a repository-only project");
    }

    @Test
    void oneRepositoryWhateverTheCaseAndPartialDatesTyped() {
        SourcePosition at = new SourcePosition("t.md", 1);
        Entry a = new Entry(EntryKind.PAPER, new ArxivId("2501.00001"), new RepoRef("Org", "Repo"),
                Listing.ofCatalogue("A", PartialDate.parse("2025-01").orElseThrow(), "https://arxiv.org/abs/2501.00001",
                        "https://github.com/Org/Repo", null, "Papers", at));
        Entry b = new Entry(EntryKind.PAPER, new ArxivId("2501.00002"), null,
                Listing.ofCatalogue("B", PartialDate.parse("2025").orElseThrow(), "https://arxiv.org/abs/2501.00002", null, null, "Papers", at));
        EntryFacts facts = new EntryFacts("2501.00002", "B", List.of(new Source("s", "https://example.org/s", "a page")),
                List.of(), null, List.of(), null, new DateFact(PartialDate.parse("2025-01-09").orElseThrow(), "s", null), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Fact("org/REPO", "s", null)), List.of(), List.of(), List.of(), List.of(), List.of(), at);
        Catalogue c = new Catalogue("T", "", List.of(new Section("Papers", EntryKind.PAPER, Section.Layout.TABLE, List.of(a, b))));
        Model m = GraphMapper.map(new CatalogueData(c, Map.of(b.key(), facts), List.of())).getDefaultModel();
        Resource workB = m.getResource(Iris.entry(b.key()));
        assertEquals(m.getResource(Iris.entry(a.key())), workB.getPropertyResourceValue(GKG.buildsOn),
                "org/REPO is the listed Org/Repo: lineage reaches its entry");
        assertEquals(1, m.listSubjectsWithProperty(RDF.type, Schema.SoftwareSourceCode).toList().size());
        assertEquals(literal("2025-01", XSDDatatype.XSDgYearMonth), m.getResource(Iris.record(a.key())).getProperty(GKG.listedDate).getObject());
        assertEquals(literal("2025", XSDDatatype.XSDgYear), m.getResource(Iris.record(b.key())).getProperty(GKG.listedDate).getObject());
        assertEquals(literal("2025-01-09", XSDDatatype.XSDdate), workB.getProperty(DCTerms.issued).getObject(), "the work's own date wins");
    }

    private static Literal literal(String lex, XSDDatatype type) {
        return data.createTypedLiteral(lex, type);
    }
}
