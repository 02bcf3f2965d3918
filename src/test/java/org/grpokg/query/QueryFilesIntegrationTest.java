package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per file in queries/: it has a header saying what it answers, it parses, and its
 * result over the graph of data/ equals the expected CSV named in its header.
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

    private static void check(Path rq) throws IOException {
        String name = rq.getFileName().toString();
        assertTrue(name.matches("\\d{2}-[a-z0-9-]+\\.rq"), "named NN-slug.rq: " + name);
        String text = Files.readString(rq, StandardCharsets.UTF_8);
        assertTrue(text.contains("#+ summary:"), "has a summary header");
        String expectedName = text.lines().filter(l -> l.startsWith("#+ expected:")).findFirst()
                .map(l -> l.substring("#+ expected:".length()).trim()).orElseThrow(() -> new AssertionError("no '#+ expected:' header"));
        String expected = Files.readString(rq.resolveSibling(expectedName), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(QueryRunner.parse(text), graph, OutputFormat.CSV, out);
        String actual = out.toString(StandardCharsets.UTF_8);
        assertTrue(actual.lines().count() > 1, "the query returns rows");
        assertEquals(expected, actual, name);
    }
}
