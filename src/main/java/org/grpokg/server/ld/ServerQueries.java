package org.grpokg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.system.Txn;
import org.grpokg.query.QueryValues;

/**
 * The SPARQL the pages run, kept as files in the classpath folder {@code server/}
 * ({@code src/main/resources/server/}), parsed once. Values are bound with
 * {@link ParameterizedSparqlString} or as a {@code VALUES} block, never pasted into the text.
 */
public final class ServerQueries {

    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private ServerQueries() {
    }

    /** The text of {@code server/<name>.rq}. */
    public static String text(String name) {
        return TEXT.computeIfAbsent(name, n -> {
            try (InputStream in = ServerQueries.class.getClassLoader().getResourceAsStream("server/" + n + ".rq")) {
                if (in == null) {
                    throw new IllegalStateException("missing from the build: server/" + n + ".rq");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh parse of {@code server/<name>.rq}, for the caller to bind values into. */
    public static Query query(String name) {
        return QueryFactory.create(text(name));
    }

    /** Runs a SELECT in a read transaction and returns its rows. */
    public static List<Binding> select(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                List<Binding> rows = new ArrayList<>();
                // copied inside the transaction: a TDB2 row decodes its nodes lazily, which fails once the transaction has ended
                // (unless they happen to be in the node cache, which hid this until the server stopped counting at start)
                exec.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
                return rows;
            }
        });
    }

    /** {@code query} with the patterns {@code triples} (constants and variables, no text) added first to its WHERE group. */
    public static Query withPatterns(Query query, List<Triple> triples) {
        if (!triples.isEmpty()) {
            ElementPathBlock block = new ElementPathBlock();
            triples.forEach(block::addTriple);
            ((ElementGroup) query.getQueryPattern()).getElements().add(0, block);
        }
        return query;
    }

    /** {@code query} with {@code VALUES ?var { ... }} added first to its WHERE group. */
    public static Query withValues(Query query, String var, Collection<Node> values) {
        return QueryValues.prepend(query, var, values);
    }

    /** The query about one resource, as text with the resource's IRI bound to {@code ?this}. */
    public static String aboutResource(String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text("resource-query"));
        pss.setIri("this", iri);
        return pss.toString();
    }

    /** The Fuseki UI's query page with {@code sparql} filled in. */
    public static String fusekiUiLink(String sparql) {
        return "/ui/#/dataset/kg/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
