package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.describe.StoreSummary;
import org.junit.jupiter.api.Test;

/**
 * The server takes the pages' counts (dataset description, facets) from the store generation's
 * summary when the build wrote one, counts and keeps them when it did not, and a change through
 * the server removes them before it reaches the store (docs/decisions/0020-fast-serve-start.md).
 * The summary is altered on purpose here: a server that counted the store itself would show the
 * true numbers instead.
 */
class StoredCountsIntegrationTest {

    private static final Pattern TRIPLES = Pattern.compile("(?m)^triples\t(\\d+)$");

    private static long storedTriples(Path gen) throws Exception {
        Matcher m = TRIPLES.matcher(Files.readString(gen.resolve(StoreSummary.FILE)));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static void alter(Path gen, long triples, String facetLabel) throws Exception {
        Path f = gen.resolve(StoreSummary.FILE);
        String text = TRIPLES.matcher(Files.readString(f)).replaceFirst("triples\t" + triples);
        // the first facet value's label (the last field of a facet line)
        text = text.replaceFirst("(?m)^(facet\t[^\t]*\t[^\t]*\t\\d+\t)[^\n]*$", "$1" + facetLabel);
        Files.writeString(f, text);
    }

    private static String voidTurtle(RunningServer server) throws Exception {
        return UpdatesIntegrationTest.send(UpdatesIntegrationTest.at(server, ".well-known/void").header("Accept", "text/turtle")).body();
    }

    private static boolean voidSays(RunningServer server, long triples) throws Exception {
        return Pattern.compile("void:triples\\s+" + triples + "\\b").matcher(voidTurtle(server)).find();
    }

    private static String home(RunningServer server) throws Exception {
        return UpdatesIntegrationTest.send(UpdatesIntegrationTest.at(server, "")).body();
    }

    @Test
    void theServerShowsTheCountsTheGenerationHoldsWithoutCountingAgain() throws Exception {
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("stored-counts-").resolve("store"));
        ws.build();
        Path gen = ws.kgStore().current().orElseThrow();
        long real = storedTriples(gen);
        alter(gen, 123456789, "Stored facet label");
        try (ServedGraph served = ServedGraph.serve(ws, null)) {
            assertTrue(voidSays(served.server(), 123456789), "VoID from the stored counts");
            String home = home(served.server());
            assertTrue(home.contains("123456789 statements"), "the home page's size from the stored counts: " + home);
            assertTrue(home.contains("Stored facet label ("), "the facets from the stored counts");
        }
        // without the file, the server counts at start and keeps what it counted for the next start
        StoreSummary.deleteFrom(gen);
        try (ServedGraph served = ServedGraph.serve(ws, null)) {
            assertTrue(voidSays(served.server(), real), "VoID counted at start");
            assertFalse(home(served.server()).contains("Stored facet label"));
        }
        assertEquals(real, storedTriples(gen), "the count made at start is kept");
    }

    @Test
    void aChangeThroughTheServerRemovesTheStoredCountsAndTheNextStartCountsAgain() throws Exception {
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("stored-counts-update-").resolve("store"));
        ws.build();
        Path gen = ws.kgStore().current().orElseThrow();
        long real = storedTriples(gen);
        alter(gen, 123456789, "Stored facet label");
        try (ServedGraph served = ServedGraph.serve(ws, UpdatesIntegrationTest.access())) {
            assertTrue(voidSays(served.server(), 123456789));
            // refused (no login): nothing reaches the store, the stored counts stay
            assertEquals(401, UpdatesIntegrationTest.send(UpdatesIntegrationTest.update(served.server(),
                    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).statusCode());
            assertTrue(Files.exists(gen.resolve(StoreSummary.FILE)));
            assertEquals(2, UpdatesIntegrationTest.send(UpdatesIntegrationTest.update(served.server(),
                    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }").header("Authorization", UpdatesIntegrationTest.ALICE)).statusCode() / 100);
            assertFalse(Files.exists(gen.resolve(StoreSummary.FILE)), "a change removes the stored counts");
            assertTrue(voidSays(served.server(), real + 1), "counted again after the change");
            assertFalse(home(served.server()).contains("Stored facet label"));
        }
        try (ServedGraph again = ServedGraph.serve(ws, null)) {
            assertTrue(voidSays(again.server(), real + 1));
        }
        assertEquals(real + 1, storedTriples(gen), "the next start counted the changed store and kept it");
    }
}
