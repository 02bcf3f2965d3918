package org.grpokg.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
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

    /** Fetches the graph from a running server's Graph Store endpoint and writes it. */
    public static void writeRemote(String graphStoreEndpoint, ExportFormat format, OutputStream out) {
        write(fetchRemote(graphStoreEndpoint, format.isDatasetFormat()), format, out);
    }

    /** A copy in memory of a running server's default graph, or of every graph when {@code allGraphs}. */
    public static Dataset fetchRemote(String graphStoreEndpoint, boolean allGraphs) {
        try (RDFConnection gsp = RDFConnectionRemote.newBuilder()
                .destination(graphStoreEndpoint.replaceFirst("/get$", ""))
                .gspEndpoint("get").build()) {
            return allGraphs ? gsp.fetchDataset() : DatasetFactory.create(gsp.fetch());
        }
    }
}
