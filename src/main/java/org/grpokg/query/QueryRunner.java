package org.grpokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.grpokg.rdf.Vocab;

/**
 * Runs a SPARQL query against a local dataset or a running server and prints the result. The
 * whole result is collected first, under the query's {@link QueryLimits} (one time limit from
 * parsing to the last row, a result-size limit): a query that runs out of time or over the
 * limit prints nothing and throws {@link QueryLimitException}.
 */
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

    /**
     * As {@link #parse(String)}, after checking the text's size and nesting against
     * {@code limits}, and within {@code deadline}.
     *
     * @throws QueryLimitException when the text is too large or too deep, or parsing outlasts the deadline
     */
    public static Query parse(String text, QueryLimits limits, Deadline deadline) {
        limits.checkText(text);
        return TimedParser.parse(() -> parse(text), deadline);
    }

    /**
     * Loads and starts Jena's parser with a trivial query, so that start-up (class loading, slow
     * on a loaded machine) is not counted against the first real query's time limit.
     */
    public static void warmUp() {
        parse("ASK {}");
    }

    /** Runs {@code query} with the command line's default limits. */
    public static void run(Query query, Dataset dataset, OutputFormat format, OutputStream out) {
        QueryLimits limits = QueryLimits.cli();
        run(query, dataset, format, out, limits, limits.deadline());
    }

    /** Runs {@code query} over a local dataset; nothing is printed unless the whole result was collected in time. */
    public static void run(Query query, Dataset dataset, OutputFormat format, OutputStream out, QueryLimits limits, Deadline deadline) {
        QueryExecResult result = Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.newBuilder().dataset(dataset.asDatasetGraph()).query(query)
                    .overallTimeout(deadline.remainingMillis(), TimeUnit.MILLISECONDS).build()) {
                return ResultCollector.collect(exec, query, limits.maxResultRows(), deadline);
            }
        });
        print(result, query, format, out);
    }

    /**
     * Runs {@code query} on a running server, asking it for the time left ({@code timeout}
     * parameter: the server's own limit still caps it). The server's refusals become
     * {@link QueryLimitException}s; an answer that breaks off is an error, never a shorter result.
     */
    public static void runRemote(Query query, String endpoint, OutputFormat format, OutputStream out, QueryLimits limits, Deadline deadline) {
        runRemote(query, endpoint, null, format, out, limits, deadline);
    }

    /** As {@link #runRemote(Query, String, OutputFormat, OutputStream, QueryLimits, Deadline)}, through {@code http} (a login) when not null. */
    public static void runRemote(Query query, String endpoint, HttpClient http, OutputFormat format, OutputStream out,
                                 QueryLimits limits, Deadline deadline) {
        long ms = deadline.remainingMillis();
        QueryExecResult result;
        // GET, or an HTML form when long: Virtuoso 7 never answers a POST of application/sparql-query
        var builder = QueryExecHTTP.service(endpoint).sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm);
        if (http != null) {
            builder.httpClient(http);
        }
        try (QueryExec exec = builder.query(query)
                .param("timeout", java.math.BigDecimal.valueOf(ms, 3).toPlainString())
                .timeout(ms + 5_000, TimeUnit.MILLISECONDS).build()) {
            result = ResultCollector.collect(exec, query, limits.maxResultRows(), deadline);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw RemoteRefusal.of(e, deadline);
        } catch (QueryLimitException | org.apache.jena.query.QueryParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // an answer that stops half-way (a dropped connection, a body cut short) fails to parse
            throw new BrokenAnswerException(e);
        }
        print(result, query, format, out);
    }

    /** Prints a complete result. */
    static void print(QueryExecResult result, Query query, OutputFormat format, OutputStream out) {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        if (result.isRowSet()) {
            ResultSet rs = ResultSet.adapt(result.rowSet());
            switch (format) {
                case TABLE -> ResultSetFormatter.out(ps, rs, query.getPrefixMapping());
                case CSV -> ResultSetFormatter.outputAsCSV(ps, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, rs);
                case XML -> ResultSetFormatter.outputAsXML(ps, rs);
            }
        } else if (result.isBoolean()) {
            boolean b = result.booleanResult();
            switch (format) {
                case TABLE -> ps.println(b ? "yes" : "no");
                case CSV -> ResultSetFormatter.outputAsCSV(ps, b);
                case TSV -> ResultSetFormatter.outputAsTSV(ps, b);
                case JSON -> ResultSetFormatter.outputAsJSON(ps, b);
                case XML -> ResultSetFormatter.outputAsXML(ps, b);
            }
        } else {
            Model m = ModelFactory.createModelForGraph(result.isDataset() ? result.dataset().getDefaultGraph() : result.graph());
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
