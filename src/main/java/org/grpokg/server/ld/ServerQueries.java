package org.grpokg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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
