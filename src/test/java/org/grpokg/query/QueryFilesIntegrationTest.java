package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Var;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per file in queries/: it has a header saying what it answers, it parses, its declared
 * parameters are the defaults of its VALUES blocks, and its result over the graph of data/ equals
 * the expected CSV named in its header. One test per documented parameter case ({@code #+ example:}).
 * Parameter values that look like SPARQL cannot change a query.
 */
class QueryFilesIntegrationTest {

    private static Dataset graph;

    @BeforeAll
    static void build() {
        graph = GraphBuilder.checkedGraph(TestPaths.DATA);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFileGivesItsExpectedResult() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestPaths.QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedParameterCaseGivesItsExpectedResult() {
        QueryLibrary library = QueryLibrary.of(TestPaths.QUERIES);
        List<DynamicTest> tests = new ArrayList<>();
        for (LibraryQuery q : library.queries()) {
            for (LibraryQuery.Example e : q.examples()) {
                tests.add(DynamicTest.dynamicTest(q.file() + " " + e.name() + "=" + e.value(), () -> {
                    String expected = Files.readString(TestPaths.QUERIES.resolve(e.expected()), StandardCharsets.UTF_8);
                    String actual = csv(bound(q, e.name(), e.value()));
                    assertTrue(actual.lines().count() > 1, "the query returns rows");
                    assertEquals(expected, actual, q.file() + " " + e.name() + "=" + e.value());
                }));
            }
        }
        assertTrue(tests.size() >= 3, "parameter cases are documented");
        return tests.stream();
    }

    @Test
    void theLibraryHasTwentyQuestionsWithUniqueNumbers() {
        List<LibraryQuery> queries = QueryLibrary.of(TestPaths.QUERIES).queries();
        assertTrue(queries.size() >= 20, "at least 20 queries: " + queries.size());
        assertEquals(queries.size(), queries.stream().map(LibraryQuery::number).distinct().count(), "numbers are unique");
        assertTrue(queries.stream().anyMatch(q -> !q.params().isEmpty()), "some queries take parameters");
    }

    /** Values with quotes, braces, comment marks and newlines: each must stay one literal that matches nothing. */
    @TestFactory
    Stream<DynamicTest> aParameterValueCannotChangeTheQuery() {
        LibraryQuery q = QueryLibrary.of(TestPaths.QUERIES).find("entries-on-base-model").orElseThrow();
        Query original = QueryRunner.parse(q.text());
        String nothing = csv(bound(q, "model", "no such model"));
        assertEquals(1, nothing.lines().count(), "a literal that matches nothing gives the header only");
        List<String> values = List.of(
                "Qwen/Qwen2-VL-2B-Instruct\" } ?entry ?p ?o {",
                "x\" } } SELECT * { ?s ?p ?o } #",
                "\"\"\" } UNION { ?entry ?p ?model } #",
                "x' } ?s ?p ?o . FILTER(true) { '",
                "# }\n} UNION { ?entry <https://w3id.org/grpo-kg/ontology#baseModel> ?m }\n#",
                "}",
                "Qwen/Qwen2-VL-2B-Instruct\"^^<http://www.w3.org/2001/XMLSchema#string> } ?entry ?p ?o {",
                "<https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B-Instruct>");
        return values.stream().map(v -> DynamicTest.dynamicTest(v.replace("\n", "\\n"), () -> {
            Query query = bound(q, "model", v);
            assertEquals(nothing, csv(query), "matches nothing, like any unknown model");
            assertEquals(List.of(NodeFactory.createLiteralString(v)), QueryParameters.values(query, Var.alloc("model")),
                    "the value is one literal, exactly as given");
            Query sent = QueryRunner.parse(query.serialize());
            assertEquals(Algebra.compile(query), Algebra.compile(sent), "the serialised query (sent to a server) is the same query");
            QueryParameters.bind(query, q.params(), Map.of("model", q.params().get(0).defaultValue()));
            assertEquals(Algebra.compile(original), Algebra.compile(query), "only the value differed: the algebra has the same shape");
        }));
    }

    private static Query bound(LibraryQuery q, String name, String value) {
        return QueryParameters.bind(QueryRunner.parse(q.text()), q.params(), Map.of(name, value));
    }

    private static String csv(Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(query, graph, OutputFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void check(Path rq) throws IOException {
        String name = rq.getFileName().toString();
        assertTrue(name.matches("\\d{2}-[a-z0-9-]+\\.rq"), "named NN-slug.rq: " + name);
        String text = Files.readString(rq, StandardCharsets.UTF_8);
        LibraryQuery q = LibraryQuery.parse(name, text);
        assertFalse(q.summary().isEmpty(), "has a '#+ summary:' header");
        assertFalse(q.question().isEmpty(), "has a '#+ question:' header");
        assertFalse(q.tags().isEmpty(), "has a '#+ tags:' header");
        Query parsed = QueryRunner.parse(text);
        for (LibraryQuery.Param p : q.params()) {
            List<Node> values = QueryParameters.values(parsed, Var.alloc(p.name()));
            assertEquals(1, values.size(), "one VALUES ?" + p.name() + " block with one value");
            assertEquals(p.defaultValue(), values.get(0).isURI() ? values.get(0).getURI() : values.get(0).getLiteralLexicalForm(),
                    "the header's default for " + p.name() + " is the value of its VALUES block");
        }
        String expectedName = text.lines().filter(l -> l.startsWith("#+ expected:")).findFirst()
                .map(l -> l.substring("#+ expected:".length()).trim()).orElseThrow(() -> new AssertionError("no '#+ expected:' header"));
        String expected = Files.readString(rq.resolveSibling(expectedName), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(QueryRunner.parse(text), graph, OutputFormat.CSV, out);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (text.lines().anyMatch(l -> l.startsWith("#+ shipped-data: empty"))) {
            // a question about data the shipped folder does not hold yet (queries/24: lists read by import);
            // its rows are checked on data built for it (ListRecordsBuildIntegrationTest)
            assertEquals(1, actual.lines().count(), "says its result on the shipped data is empty");
        } else {
            assertTrue(actual.lines().count() > 1, "the query returns rows");
        }
        assertEquals(expected, actual, name);
    }
}
