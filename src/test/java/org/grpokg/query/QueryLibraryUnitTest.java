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
    void theReadmeIsUpToDate() throws Exception {
        String readme = Files.readString(TestPaths.QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(LibraryContents.render(QueryLibrary.of(TestPaths.QUERIES)), readme,
                "queries/README.md is out of date: run java -cp target/grpo-kg.jar org.grpokg.query.LibraryContents queries");
    }
}
