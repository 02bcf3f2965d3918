package org.grpokg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.Test;

/** The build writes the pages' counts into the generation, and they equal a fresh count of the store. */
class StoreSummaryIntegrationTest {

    @Test
    void theBuildsCountsEqualAFreshCount() {
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("summary-").resolve("store"));
        ws.build();
        Path gen = ws.kgStore().current().orElseThrow();
        StoreSummary stored = StoreSummary.readFrom(gen).orElseThrow(() -> new AssertionError("the build wrote no " + StoreSummary.FILE));
        Dataset ds = ws.kgStore().open();
        try {
            StoreSummary fresh = StoreSummary.count(ds.asDatasetGraph());
            assertEquals(fresh.text().orElseThrow(), stored.text().orElseThrow());
            assertFalse(stored.facets().isEmpty(), "the real catalogue has facet values");
            assertFalse(stored.description().classes().isEmpty());
        } finally {
            KgStore.release(ds);
        }
    }
}
