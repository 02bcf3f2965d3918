package org.grpokg.server.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.grpokg.server.ld.ServerQueries;

/**
 * A SELECT query kept as a file in the classpath folder {@code server/} (see
 * {@link ServerQueries}), run against the served dataset in a read transaction. Each row is
 * turned into the caller's value inside the transaction (a TDB2 row may read its terms lazily).
 */
final class ServedQuery {

    private final Query query;

    private ServedQuery(Query query) {
        this.query = query;
    }

    /** {@code server/NAME.rq}; a missing or malformed file is a packaging bug. */
    static ServedQuery load(String name) {
        return new ServedQuery(ServerQueries.query(name));
    }

    <T> List<T> select(DatasetGraph dsg, Function<QuerySolution, T> mapper) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                List<T> rows = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> rows.add(mapper.apply(row)));
                return rows;
            }
        });
    }
}
