package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/** {@link QueryValues}: a query limited by a VALUES block answers for those values only, bound as terms. */
class QueryValuesUnitTest {

    private static final String EX = "http://example.org/";

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Set<String> objects(DatasetGraph dsg, Query q) {
        Set<String> found = new TreeSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            exec.select().forEachRemaining(b -> found.add(b.get("o").getLiteralLexicalForm()));
        }
        return found;
    }

    @Test
    void onlyTheGivenPredicatesAnswer() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.getDefaultGraph().add(iri("s"), iri("name"), NodeFactory.createLiteralString("a name"));
        dsg.getDefaultGraph().add(iri("s"), iri("label"), NodeFactory.createLiteralString("a label"));
        dsg.getDefaultGraph().add(iri("s"), iri("other"), NodeFactory.createLiteralString("other"));
        String select = "SELECT ?s ?p ?o { ?s ?p ?o }";
        assertEquals(Set.of("a name", "a label", "other"), objects(dsg, QueryFactory.create(select)));
        Query limited = QueryValues.prepend(QueryFactory.create(select), "p", List.of(iri("name"), iri("label")));
        assertEquals(Set.of("a name", "a label"), objects(dsg, limited));
        assertEquals(Set.of(), objects(dsg, QueryValues.prepend(QueryFactory.create(select), "p", List.of())));
    }

    @Test
    void aValueIsATermNotText() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.getDefaultGraph().add(iri("s"), iri("name"), NodeFactory.createLiteralString("x"));
        // a literal that reads like SPARQL stays one literal value, matching nothing here
        Node trick = NodeFactory.createLiteralString("\" } UNION { ?s ?p ?o } #");
        Query q = QueryValues.prepend(QueryFactory.create("SELECT ?s ?p ?o { ?s ?p ?o }"), "o", List.of(trick));
        assertEquals(Set.of(), objects(dsg, q));
    }
}
