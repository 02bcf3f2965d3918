package org.grpokg.server.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A SELECT query kept as a classpath resource (under {@code server/}) and run against the
 * served dataset in a read transaction. Each row is turned into the caller's value inside the
 * transaction (a TDB2 row may read its terms lazily from the store).
 */
final class ServedQuery {

    private final Query query;

    private ServedQuery(Query query) {
        this.query = query;
    }

    /** Reads and parses {@code server/NAME}; a missing or malformed file is a packaging bug. */
    static ServedQuery load(String name) {
        String resource = "server/" + name;
        try (InputStream in = ServedQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query resource missing from the classpath: " + resource);
            }
            return new ServedQuery(QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
