package org.grpokg.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Runs a query to its end and holds the whole result in memory before anything is written, so
 * that running out of time or over the result limit is an error and never a truncated result:
 * what gets written afterwards is complete. The query's own time limit (set on the
 * {@link QueryExec}) fires while the result is collected.
 */
public final class ResultCollector {

    private ResultCollector() {
    }

    /**
     * The complete result of {@code exec} (a row set, a dataset for CONSTRUCT, a graph for
     * DESCRIBE, a boolean for ASK).
     *
     * @throws QueryLimitException when the time runs out or the result holds over {@code maxRows} rows or triples
     */
    public static QueryExecResult collect(QueryExec exec, Query query, long maxRows, Deadline deadline) {
        try {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<Var> vars = rows.getResultVars();
                List<Binding> held = new ArrayList<>();
                while (rows.hasNext()) {
                    if (held.size() >= maxRows) {
                        throw QueryLimitException.tooManyResults(maxRows, "rows");
                    }
                    held.add(rows.next());
                }
                return new QueryExecResult(RowSetStream.create(vars, held.iterator()));
            }
            if (query.isAskType()) {
                return new QueryExecResult(exec.ask());
            }
            if (query.isConstructType()) {
                DatasetGraph out = DatasetGraphFactory.create();
                long n = 0;
                for (Iterator<Quad> it = exec.constructQuads(); it.hasNext(); ) {
                    if (++n > maxRows) {
                        throw QueryLimitException.tooManyResults(maxRows, "triples");
                    }
                    out.add(it.next());
                }
                return new QueryExecResult(out);
            }
            if (query.isDescribeType()) {
                Graph g = exec.describe();
                if (g.size() > maxRows) {
                    throw QueryLimitException.tooManyResults(maxRows, "triples");
                }
                return new QueryExecResult(g);
            }
            throw new IllegalArgumentException("not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
        } catch (QueryCancelledException e) {
            throw QueryLimitException.timeout(deadline, "while running");
        }
    }
}
