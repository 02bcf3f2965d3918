package org.grpokg.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.grpokg.connect.GraphSource;
import org.grpokg.rdf.Vocab;

/**
 * Writes the graph: the default graph for triple formats, the whole dataset for TriG, or BibTeX.
 * N-Triples, Turtle and TriG are sorted ({@link SortedWriter}) so that two exports of the same
 * data are the same bytes; JSON-LD and RDF/XML come from Jena's pretty writers, whose order is not
 * guaranteed.
 */
public final class GraphExporter {

    private GraphExporter() {
    }

    public static void write(Dataset dataset, ExportFormat format, OutputStream out) {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == ExportFormat.BIBTEX) {
            BibtexWriter.write(dataset.asDatasetGraph(), text);
            return;
        }
        SortedWriter sorted = new SortedWriter(Vocab.prefixes());
        Txn.executeRead(dataset, () -> SortedWriter.uncheckedWrite(() -> {
            switch (format) {
                case NTRIPLES -> SortedWriter.ntriples(dataset.asDatasetGraph().getDefaultGraph(), text);
                case TURTLE -> sorted.turtle(dataset.asDatasetGraph().getDefaultGraph(), text);
                case TRIG -> sorted.trig(dataset.asDatasetGraph(), text);
                default -> {
                    Model m = ModelFactory.createDefaultModel().add(dataset.getDefaultModel());
                    m.setNsPrefixes(Vocab.prefixes());
                    RDFDataMgr.write(out, m, format.rdfFormat());
                }
            }
        }));
    }

    /**
     * Writes the graph wherever it is: a local store as it is, a remote one copied first (the
     * default graph, or every graph for TriG and BibTeX).
     */
    public static void write(GraphSource graph, ExportFormat format, OutputStream out) {
        graph.readDataset(format.isDatasetFormat() || format == ExportFormat.BIBTEX, ds -> {
            write(ds, format, out);
            return null;
        });
    }
}
