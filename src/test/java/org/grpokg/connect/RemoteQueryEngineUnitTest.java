package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** What the live front sends to the store for each query form (an ASK goes as a SELECT: Virtuoso 7 answers ASK with rows). */
class RemoteQueryEngineUnitTest {

    @Test
    void selectGoesAsItIs() {
        Query q = QueryFactory.create("SELECT ?s { ?s ?p ?o }");
        assertSame(q, RemoteQueryEngine.sent(q));
    }

    @Test
    void askGoesAsASelectOfAtMostOneRowWithTheSameAnswer() {
        Model m = RDFParser.fromString("<urn:a> <urn:p> 1 . <urn:b> <urn:p> 2 .", Lang.TURTLE).toModel();
        for (String ask : new String[] {"ASK { ?s <urn:p> 1 }", "ASK { ?s <urn:p> 3 }", "ASK {}",
                "ASK { ?s <urn:p> ?o } GROUP BY ?s HAVING (COUNT(*) > 1)", "ASK { ?s <urn:p> ?o } GROUP BY ?s HAVING (COUNT(*) = 1)",
                "ASK { ?s ?p ?o } LIMIT 0"}) {
            Query sent = RemoteQueryEngine.sent(QueryFactory.create(ask));
            assertTrue(sent.isSelectType(), sent.toString());
            assertTrue(sent.getLimit() <= 1, sent.toString());
            // the text parses again (what the store receives) and has a row exactly when the ASK is true
            Query reparsed = QueryFactory.create(sent.toString());
            boolean expected;
            try (QueryExecution qe = QueryExecutionFactory.create(QueryFactory.create(ask), m)) {
                expected = qe.execAsk();
            }
            try (QueryExecution qe = QueryExecutionFactory.create(reparsed, m)) {
                assertEquals(expected, qe.execSelect().hasNext(), ask + " sent as " + sent);
            }
        }
    }

    @Test
    void constructGoesAsTheSelectOfItsPattern() {
        Query sent = RemoteQueryEngine.sent(QueryFactory.create("CONSTRUCT { ?s <urn:q> ?o } WHERE { ?s <urn:p> ?o }"));
        assertTrue(sent.isSelectType());
        assertTrue(sent.isQueryResultStar());
        assertFalse(sent.hasLimit());
    }
}
