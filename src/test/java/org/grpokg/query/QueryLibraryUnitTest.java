package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/** The library: found by number or slug, the same on the classpath as in queries/, and its README up to date. */
class QueryLibraryUnitTest {

    @Test
    void queriesAreFoundByNumberSlugOrFileName() {
        QueryLibrary library = QueryLibrary.of(TestPaths.QUERIES);
        for (String key : new String[] {"03", "3", "base-models", "03-base-models", "03-base-models.rq"}) {
            assertEquals("03-base-models.rq", library.find(key).orElseThrow().file(), key);
        }
        assertTrue(library.find("99").isEmpty());
        assertTrue(library.find("models").isEmpty());
    }

    @Test
    void theBuiltInLibraryIsTheOneInQueries() {
        assertEquals(QueryLibrary.of(TestPaths.QUERIES).queries(), QueryLibrary.builtIn().queries(),
                "the classpath copy (target/classes/queries) equals queries/");
    }

    @Test
    void theBuildIndexesEveryQueryOfTheLibrary() throws Exception {
        // the built-in library is found through this index, not by listing the jar (decision 0026)
        try (var in = QueryLibrary.class.getClassLoader().getResourceAsStream(QueryLibrary.INDEX)) {
            assertTrue(in != null, QueryLibrary.INDEX + " is on the classpath (pom.xml, query-index)");
            java.util.List<String> indexed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).sorted().toList();
            java.util.List<String> files;
            try (var s = Files.list(TestPaths.QUERIES)) {
                files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
            }
            assertEquals(files, indexed);
        }
    }

    @Test
    void anIndexNamingAMissingQueryIsAnError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> QueryLibrary.fromIndex(QueryLibrary.class.getClassLoader(), "00-catalogue-overview.rq\n99-not-there.rq\n"));
        assertTrue(e.getMessage().contains("99-not-there.rq"), e.getMessage());
    }

    @Test
    void theReadmeIsUpToDate() throws Exception {
        String readme = Files.readString(TestPaths.QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(LibraryContents.render(QueryLibrary.of(TestPaths.QUERIES)), readme,
                "queries/README.md is out of date: run java -cp target/grpo-kg.jar org.grpokg.query.LibraryContents queries");
    }
}
