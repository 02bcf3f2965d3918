package org.grpokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.grpokg.rdf.Vocab;

/** Runs a SPARQL query through a connection to the graph (local or remote) and prints the result. */
public final class QueryRunner {

    private QueryRunner() {
    }

    /**
     * Parses a query, adding the project's prefixes when the text declares none of its own.
     *
     * @throws org.apache.jena.query.QueryParseException on a malformed query
     */
    public static Query parse(String text) {
        Query q = new Query();
        q.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes()));
        return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
    }

    /** Runs {@code query} on a dataset of this process. */
    public static void run(Query query, Dataset dataset, OutputFormat format, OutputStream out) {
        try (RDFConnection conn = RDFConnection.connect(dataset)) {
            run(query, conn, format, out);
        }
    }

    /**
     * Runs {@code query} through a connection: a local dataset, a running server or any SPARQL
     * store ({@link org.grpokg.connect.GraphSource}).
     */
    public static void run(Query query, RDFConnection conn, OutputFormat format, OutputStream out) {
        Txn.executeRead(conn, () -> {
            try (QueryExecution qe = conn.newQuery().query(query).build()) {
                print(qe, query, format, out);
            }
        });
    }

    private static void print(QueryExecution qe, Query query, OutputFormat format, OutputStream out) {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(ps, rs, query.getPrefixMapping());
                case CSV -> ResultSetFormatter.outputAsCSV(ps, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, rs);
                case XML -> ResultSetFormatter.outputAsXML(ps, rs);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TABLE -> ps.println(b ? "yes" : "no");
                case CSV -> ResultSetFormatter.outputAsCSV(ps, b);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, b);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, b);
                case XML -> ResultSetFormatter.outputAsXML(ps, b);
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(Vocab.prefixes());
            RDFFormat f = switch (format) {
                case JSON -> RDFFormat.JSONLD_PRETTY;
                case XML -> RDFFormat.RDFXML_PRETTY;
                default -> RDFFormat.TURTLE_PRETTY;
            };
            RDFDataMgr.write(ps, m, f);
        }
        ps.flush();
    }
}
