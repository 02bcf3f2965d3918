package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.server.access.UpdateAccess;
import org.grpokg.store.StoreUpdates;
import org.junit.jupiter.api.Test;

/**
 * A committed update is in the TDB2 store: a server started again on the same store (with or
 * without updates) still has it, its search index too, and a changed data folder does not
 * rebuild the store over it.
 */
class UpdatesSurviveRestartIntegrationTest {

    @Test
    void anUpdateSurvivesARestartAndAChangedDataFolder() throws Exception {
        Function<Path, UpdateAccess> access = UpdatesIntegrationTest.access();
        Path data = TestPaths.copyOfData();
        Workspace ws;
        try (ServedGraph first = ServedGraph.of(data, "restart-", access)) {
            ws = first.workspace();
            assertFalse(ws.updates().isPresent(), "a fresh store has no note");
            HttpResponse<String> r = UpdatesIntegrationTest.send(UpdatesIntegrationTest.update(first.server(),
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { <https://w3id.org/grpo-kg/id/model/Test/Qwertzuiop> rdfs:label \"Qwertzuiop\" }")
                    .header("Authorization", UpdatesIntegrationTest.ALICE));
            assertEquals(2, r.statusCode() / 100, r.body());
        }
        StoreUpdates note = ws.updates().orElseThrow();
        assertEquals(1, note.count());
        assertEquals("alice", note.lastUser());

        // the data folder changes: the store is stale, but holds updates, so nothing rebuilds it implicitly
        Files.writeString(data.resolve("catalogue.md"), "\n", StandardOpenOption.APPEND);
        assertFalse(ws.isFresh());
        assertFalse(ws.ensureBuilt(), "a store holding updates is not rebuilt");

        // restarted read-only on the same store
        try (ServedGraph again = ServedGraph.serve(ws, null)) {
            assertTrue(UpdatesIntegrationTest.ask(again.server(), "<https://w3id.org/grpo-kg/id/model/Test/Qwertzuiop> ?p \"Qwertzuiop\""));
            HttpResponse<String> search = UpdatesIntegrationTest.send(UpdatesIntegrationTest.at(again.server(), "search?q=qwertzuiop"));
            assertTrue(search.body().contains("/id/model/Test/Qwertzuiop"), "the index on disk followed the update");
            // and read-only again: the same update is refused as without --allow-update
            assertEquals(405, UpdatesIntegrationTest.send(UpdatesIntegrationTest.update(again.server(), "INSERT DATA { <urn:x> <urn:y> 1 }")
                    .header("Authorization", UpdatesIntegrationTest.ALICE)).statusCode());
        }
    }
}
