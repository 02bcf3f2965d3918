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
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.grpokg.query.QueryRunner;

/**
 * Where SELECT queries run: a dataset in this process (in memory or a TDB2 store), or a running
 * server's SPARQL endpoint. Rows come back as plain maps: variable to lexical form or IRI.
 */
@FunctionalInterface
public interface SparqlSource {

    /** The rows of a SELECT query (text with the project's prefixes predeclared). */
    List<Map<String, String>> select(String queryText);

    static SparqlSource local(Dataset dataset) {
        return text -> {
            Query q = QueryRunner.parse(text);
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create(q, dataset)) {
                    return rows(qe.execSelect());
                }
            });
        };
    }

    static SparqlSource remote(String endpoint) {
        return text -> {
            Query q = QueryRunner.parse(text);
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
                return rows(qe.execSelect());
            }
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
