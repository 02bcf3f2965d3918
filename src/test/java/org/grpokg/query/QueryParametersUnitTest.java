package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

/** Binding parameters in the syntax tree: the right kind of term, wherever the VALUES block is, and refusals. */
class QueryParametersUnitTest {

    private static final String TEXT = """
            #+ param: model = Qwen/Qwen2-VL-2B — a model id
            #+ param: page = <https://example.org/a> — a page
            #+ param: n = 3 — a number
            #+ param: lang = modèle — a French label
            SELECT * {
              VALUES ?model { "Qwen/Qwen2-VL-2B" }
              { SELECT ?page { VALUES ?page { <https://example.org/a> } } }
              VALUES ?lang { "modèle"@fr }
            }
            VALUES ?n { 3 }
            """;

    private static Query bind(String name, String value) {
        Query q = QueryRunner.parse(TEXT);
        return QueryParameters.bind(q, LibraryQuery.params(TEXT), Map.of(name, value));
    }

    @Test
    void theHeaderDeclaresTheParameters() {
        assertEquals(List.of("model", "page", "n", "lang"), LibraryQuery.params(TEXT).stream().map(LibraryQuery.Param::name).toList());
        assertEquals("Qwen/Qwen2-VL-2B", LibraryQuery.params(TEXT).get(0).defaultValue());
        assertEquals("a model id", LibraryQuery.params(TEXT).get(0).description());
    }

    @Test
    void aLiteralStaysALiteralOfTheSameKind() {
        assertEquals(List.of(NodeFactory.createLiteralString("a\" } {")), QueryParameters.values(bind("model", "a\" } {"), Var.alloc("model")));
        assertEquals(List.of(NodeFactory.createLiteralLang("x", "fr")), QueryParameters.values(bind("lang", "x"), Var.alloc("lang")));
        assertEquals(List.of(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)), QueryParameters.values(bind("n", "42"), Var.alloc("n")));
    }

    @Test
    void anIriStaysAnIriInsideASubquery() {
        assertEquals(List.of(NodeFactory.createURI("https://example.org/b")),
                QueryParameters.values(bind("page", "https://example.org/b"), Var.alloc("page")));
    }

    @Test
    void valuesThatAreNotTermsOfTheirKindAreRefused() {
        QueryParameterException iri = assertThrows(QueryParameterException.class, () -> bind("page", "https://example.org/a> } ?s ?p ?o {<"));
        assertTrue(iri.getMessage().contains("needs an IRI"), iri.getMessage());
        assertThrows(QueryParameterException.class, () -> bind("page", "relative/path"));
        QueryParameterException n = assertThrows(QueryParameterException.class, () -> bind("n", "3 } ?s ?p ?o {"));
        assertTrue(n.getMessage().contains("xsd:integer"), n.getMessage());
    }

    @Test
    void anUnknownNameIsRefused() {
        QueryParameterException e = assertThrows(QueryParameterException.class, () -> bind("modle", "x"));
        assertEquals("unknown parameter 'modle' (it takes: model, page, n, lang)", e.getMessage());
    }

    @Test
    void aDeclaredParameterWithoutValuesBlockIsRefused() {
        String text = "#+ param: x = 1 — nothing\nSELECT * { ?s ?p ?o }";
        assertThrows(QueryParameterException.class,
                () -> QueryParameters.bind(QueryRunner.parse(text), LibraryQuery.params(text), Map.of("x", "2")));
    }
}
