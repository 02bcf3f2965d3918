package org.grpokg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXCommand;
import org.jbibtex.LaTeXGroup;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXString;
import org.junit.jupiter.api.Test;

/** {@code export --format bibtex}, read back by jbibtex (a BibTeX parser) field by field. */
class BibtexUnitTest {

    private static String bibtex(Dataset ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExporter.write(ds, ExportFormat.BIBTEX, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BibTeXDatabase parse(String text) throws Exception {
        return new BibTeXParser().parseFully(new StringReader(text));
    }

    private static String field(BibTeXEntry e, String name) {
        var v = e.getField(new Key(name));
        assertNotNull(v, name + " of " + e.getKey());
        return v.toUserString();
    }

    /** LaTeX as jbibtex parses it, back to the text it prints (the commands LatexText writes). */
    private static String plain(String latex) throws Exception {
        StringBuilder b = new StringBuilder();
        plain(new LaTeXParser().parse(latex), b);
        return b.toString();
    }

    private static final Map<String, String> COMMANDS = Map.of("&", "&", "%", "%", "$", "$", "#", "#", "_", "_",
            "textbraceleft", "{", "textbraceright", "}", "textasciitilde", "~", "textasciicircum", "^", "textbackslash", "\\");

    private static void plain(List<LaTeXObject> objects, StringBuilder b) {
        for (LaTeXObject o : objects) {
            if (o instanceof LaTeXString s) {
                b.append(s.getValue());
            } else if (o instanceof LaTeXGroup g) {
                plain(g.getObjects(), b);
            } else if (o instanceof LaTeXCommand c) {
                String text = COMMANDS.get(c.getName());
                assertNotNull(text, "unexpected command \\" + c.getName());
                b.append(text);
            }
        }
    }

    @Test
    void everyArxivIdOfTheGraphIsAnEntryWithItsFields() throws Exception {
        Dataset ds = GraphBuilder.graph(TestPaths.DATA);
        String text = bibtex(ds);
        BibTeXDatabase db = parse(text);
        Set<String> ids = new TreeSet<>();
        ds.getDefaultModel().listObjectsOfProperty(ds.getDefaultModel().createProperty(GKG.arxivId.getURI()))
                .forEachRemaining(o -> ids.add(o.asLiteral().getLexicalForm()));
        assertEquals(14, ids.size(), "12 papers, a survey and VLM-R1 (listed as a repository, its paper came later)");
        Set<String> eprints = new TreeSet<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            assertEquals(BibTeXEntry.TYPE_MISC, e.getType());
            String id = field(e, "eprint");
            eprints.add(id);
            assertEquals("arXiv", field(e, "archivePrefix"));
            assertEquals("10.48550/arXiv." + id, field(e, "doi"));
            assertEquals("https://arxiv.org/abs/" + id, field(e, "url"));
            assertTrue(field(e, "year").matches("\\d{4}"), e.getKey().getValue());
            assertTrue(e.getKey().getValue().matches("[a-z]+\\d{4}[a-z0-9]*"), e.getKey().getValue());
        }
        assertEquals(ids, eprints);
        BibTeXEntry vt = db.getEntries().values().stream().filter(e -> field(e, "eprint").equals("2503.05132")).findFirst().orElseThrow();
        assertEquals("zhou2025r1", vt.getKey().getValue());
        assertEquals("Zhou, Hengguang and Li, Xirui and Wang, Ruochen and Cheng, Minhao and Zhou, Tianyi and Hsieh, Cho-Jui",
                field(vt, "author"));
        assertEquals("R1-Zero's \"Aha Moment\" in Visual Reasoning on a 2B Non-SFT Model", plain(field(vt, "title")));
        assertEquals("2025", field(vt, "year"));
        assertEquals("Code: \\url{https://github.com/turningpoint-ai/VisualThinker-R1-Zero}", field(vt, "note"));
        assertEquals(text, bibtex(GraphBuilder.graph(TestPaths.DATA)), "the same data gives the same keys and bytes");
    }

    @Test
    void hostileTitlesAndNamesRoundTrip() throws Exception {
        String title = "Q&A_{x} for 100% of #1: $5 ~ a^b \\ {unbalanced";
        Dataset ds = DatasetFactory.create();
        Model m = ds.getDefaultModel();
        for (String id : List.of("2501.00002", "2501.00001")) {
            Resource w = m.createResource("https://w3id.org/grpo-kg/id/entry/arxiv/" + id)
                    .addProperty(RDF.type, m.createResource(GKG.Paper.getURI()))
                    .addProperty(RDF.type, m.createResource(GKG.Entry.getURI()))
                    .addProperty(m.createProperty(GKG.arxivId.getURI()), id)
                    .addProperty(DCTerms.title, title)
                    .addProperty(DCTerms.issued, "2025-01");
            Resource a = m.createResource(w.getURI() + "/author/1")
                    .addProperty(m.createProperty(GKG.author.getURI()),
                            m.createResource("https://w3id.org/grpo-kg/id/person/x").addProperty(Vocab.Schema.name, "Ana María O'Neil_Smith"))
                    .addLiteral(m.createProperty(GKG.position.getURI()), 1L);
            w.addProperty(m.createProperty(GKG.hasAuthorship.getURI()), a);
        }
        BibTeXDatabase db = parse(bibtex(ds));
        assertEquals(2, db.getEntries().size());
        BibTeXEntry first = db.resolveEntry(new Key("oneilsmith2025q"));
        BibTeXEntry second = db.resolveEntry(new Key("oneilsmith2025qb"));
        assertEquals("2501.00001", field(first, "eprint"), "the lower arXiv id keeps the plain key");
        assertEquals("2501.00002", field(second, "eprint"));
        assertEquals(title, plain(field(first, "title")));
        assertEquals("O'Neil_Smith, Ana María", plain(field(first, "author")));
    }
}
