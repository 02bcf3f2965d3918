package org.grpokg.connect;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * The graphs a store holds, read over SPARQL and the Graph Store Protocol: every graph in one
 * request where the store sends whole datasets (Fuseki does), else graph by graph.
 */
final class RemoteGraphs {

    static final String GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g";

    private RemoteGraphs() {
    }

    /** A copy in memory of every graph: the default graph and each named graph. */
    static Dataset fetchAll(RDFConnection conn) {
        try {
            return conn.fetchDataset();
        } catch (HttpException e) {
            // the protocol names no request for a whole dataset: some stores answer 4xx, then ask graph by graph
            if (e.getStatusCode() < 400 || e.getStatusCode() >= 500 || e.getStatusCode() == 401 || e.getStatusCode() == 403) {
                throw e;
            }
        }
        Dataset ds = DatasetFactory.create();
        ds.setDefaultModel(conn.fetch());
        for (String g : names(conn)) {
            ds.addNamedModel(g, conn.fetch(g));
        }
        return ds;
    }

    /** The names of the store's named graphs (IRIs only). */
    static List<String> names(RDFConnection conn) {
        List<String> out = new ArrayList<>();
        conn.querySelect(GRAPH_NAMES, row -> {
            if (row.get("g").isURIResource()) {
                out.add(row.getResource("g").getURI());
            }
        });
        return out;
    }
}
