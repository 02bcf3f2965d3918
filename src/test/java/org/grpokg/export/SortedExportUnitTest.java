package org.grpokg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** N-Triples, Turtle and TriG exports depend on the triples only: sorted, byte-identical, complete. */
class SortedExportUnitTest {

    private static byte[] export(Dataset ds, ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExporter.write(ds, f, out);
        return out.toByteArray();
    }

    /** The same quads added in the reverse order: a store that iterates them differently. */
    private static Dataset reversed(Dataset ds) {
        DatasetGraph copy = DatasetFactory.create().asDatasetGraph();
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        ds.asDatasetGraph().find().forEachRemaining(quads::add);
        Collections.reverse(quads);
        quads.forEach(copy::add);
        return DatasetFactory.wrap(copy);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NTRIPLES", "TURTLE", "TRIG"})
    void twoExportsOfTheSameDataAreByteIdentical(ExportFormat f) {
        Dataset a = GraphBuilder.graph(TestPaths.DATA);
        byte[] first = export(a, f);
        assertArrayEquals(first, export(GraphBuilder.graph(TestPaths.DATA), f));
        assertArrayEquals(first, export(reversed(a), f), "whatever order the store gives the triples in");
    }

    @Test
    void nTriplesLinesAreSortedAndComplete() {
        Dataset ds = GraphBuilder.graph(TestPaths.DATA);
        String text = new String(export(ds, ExportFormat.NTRIPLES), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(SortedWriter.CODE_POINTS);
        assertTrue(lines.equals(sorted), "sorted by subject, predicate, object");
        assertTrue(lines.size() == ds.getDefaultModel().size() && lines.size() > 2000, "one line per triple");
        Model back = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        assertTrue(back.isIsomorphicWith(ds.getDefaultModel()));
    }

    @Test
    void linesCompareByCodePointAsBytesDo() {
        String replacement = "\uFFFD";
        String emoji = new String(Character.toChars(0x1F600));
        assertTrue(replacement.compareTo(emoji) > 0, "UTF-16 order puts the surrogate pair first");
        assertTrue(SortedWriter.CODE_POINTS.compare(replacement, emoji) < 0, "U+FFFD before U+1F600, as in UTF-8 bytes");
        assertTrue(SortedWriter.CODE_POINTS.compare("<a>", "<ab>") < 0);
        assertTrue(SortedWriter.CODE_POINTS.compare("ab", "ab") == 0);
    }

    @Test
    void turtleAndTrigReadBackToTheSameGraphs() {
        Dataset ds = GraphBuilder.graph(TestPaths.DATA);
        Model ttl = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFDataMgr.read(ttl, new ByteArrayInputStream(export(ds, ExportFormat.TURTLE)), Lang.TURTLE);
        assertTrue(ttl.isIsomorphicWith(ds.getDefaultModel()));
        Dataset trig = DatasetFactory.create();
        RDFDataMgr.read(trig, new ByteArrayInputStream(export(ds, ExportFormat.TRIG)), Lang.TRIG);
        assertTrue(trig.getDefaultModel().isIsomorphicWith(ds.getDefaultModel()));
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertTrue(names.size() > 2, "ontology, taxonomies and sources");
        for (String n : names) {
            assertTrue(trig.getNamedModel(n).isIsomorphicWith(ds.getNamedModel(n)), n);
        }
    }
}
