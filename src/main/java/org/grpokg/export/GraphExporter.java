package org.grpokg.export;

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

/** Writes the graph: the default graph for triple formats, the whole dataset for TriG. */
public final class GraphExporter {

    private GraphExporter() {
    }

    public static void write(Dataset dataset, ExportFormat format, OutputStream out) {
        if (format == ExportFormat.BIBTEX) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            BibtexWriter.write(dataset.asDatasetGraph(), w);
            return;
        }
        Txn.executeRead(dataset, () -> {
            if (format.isDatasetFormat()) {
                Dataset copy = DatasetFactory.create();
                copy.getDefaultModel().add(dataset.getDefaultModel());
                dataset.listNames().forEachRemaining(n -> copy.addNamedModel(n, dataset.getNamedModel(n)));
                copy.getDefaultModel().setNsPrefixes(Vocab.prefixes());
                RDFDataMgr.write(out, copy, format.rdfFormat());
            } else if (format == ExportFormat.NTRIPLES) {
                // a line per triple needs no grouping: stream from the store, no copy in memory
                RDFDataMgr.write(out, dataset.getDefaultModel().getGraph(), format.rdfFormat());
            } else {
                Model m = ModelFactory.createDefaultModel().add(dataset.getDefaultModel());
                m.setNsPrefixes(Vocab.prefixes());
                RDFDataMgr.write(out, m, format.rdfFormat());
            }
        });
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
