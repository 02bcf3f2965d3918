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
import org.grpokg.generate.DataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each library query rewritten for speed (docs/decisions/0021) gives the same rows as its text before the rewrite
 * ({@code src/test/resources/queries-before/}) on 1,000 generated entries: the same CSV lines, as often each. The
 * overview (whose keys are unique) gives them in the same order too; the others order by name, where the old text left
 * entries of the same name in any order and the rewrite puts them in IRI order.
 */
class RewrittenQueriesIntegrationTest {

    private static final Path BEFORE = Path.of("src/test/resources/queries-before");

    @TempDir
    static Path dir;
    private static Dataset graph;

    @BeforeAll
    static void generate() {
        new DataGenerator(1_000, 42).writeTo(dir.resolve("data"));
        graph = GraphBuilder.graph(dir.resolve("data"));
    }

    @TestFactory
    Stream<DynamicTest> eachRewriteGivesTheRowsOfTheQueryBeforeIt() throws IOException {
        List<Path> old;
        try (Stream<Path> s = Files.list(BEFORE)) {
            old = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(old.isEmpty());
        return old.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String before = csv(Files.readString(p));
            String after = csv(Files.readString(TestPaths.QUERIES.resolve(p.getFileName())));
            assertTrue(before.lines().count() > 10, "the old query has rows on generated data: " + before.lines().count());
            assertEquals(before.lines().sorted().toList(), after.lines().sorted().toList(), "the same rows");
            if (p.getFileName().toString().startsWith("00-")) {
                assertEquals(before, after, "the same rows in the same order");
            }
        }));
    }

    private static String csv(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(QueryRunner.parse(text), graph, OutputFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
