package org.grpokg.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.grpokg.connect.GraphSource;
import org.grpokg.query.QueryRunner;

/**
 * Where SELECT queries run: a dataset in this process (in memory or a TDB2 store), a running
 * server or any SPARQL store, all through a {@link GraphSource}. Rows come back as plain maps: variable to lexical form or IRI.
 */
@FunctionalInterface
public interface SparqlSource {

    /** The rows of a SELECT query (text with the project's prefixes predeclared). */
    List<Map<String, String>> select(String queryText);

    /** A dataset of this process (in memory or a TDB2 store). */
    static SparqlSource local(Dataset dataset) {
        return of(GraphSource.local(dataset));
    }

    /** The graph wherever it is: local store, running server or any SPARQL store. */
    static SparqlSource of(GraphSource graph) {
        return text -> {
            Query q = QueryRunner.parse(text);
            return graph.read(conn -> {
                try (QueryExecution qe = conn.newQuery().query(q).build()) {
                    return rows(qe.execSelect());
                }
            });
        };
    }

    private static List<Map<String, String>> rows(ResultSet rs) {
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
                String v = it.next();
                RDFNode n = s.get(v);
                if (n != null) {
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString());
                }
            }
            out.add(row);
        }
        return out;
    }
}
