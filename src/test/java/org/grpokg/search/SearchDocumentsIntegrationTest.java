package org.grpokg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.generate.DataGenerator;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.Test;

/**
 * The search documents read from a TDB2 store while skipping the triples they do not need
 * (decision 0022) are those read from every triple: same documents, same fields, same order.
 */
class SearchDocumentsIntegrationTest {

    private static List<String> documents(org.apache.jena.sparql.core.DatasetGraph dsg, boolean skipping) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> SearchDocuments.of(dsg, skipping).forEachRemaining(d -> out.add(describe(d))));
        return out;
    }

    private static String describe(Document d) {
        StringBuilder sb = new StringBuilder();
        for (IndexableField f : d.getFields()) {
            sb.append(f.name()).append('=').append(f.stringValue()).append(" | ");
        }
        return sb.toString();
    }

    private static void assertSameDocuments(Path data) {
        Path store = TestPaths.tempDir("search-docs-").resolve("store");
        new Workspace(data, store).build();
        var ds = new KgStore(store).open();
        try {
            List<String> all = documents(ds.asDatasetGraph(), false);
            List<String> skipping = documents(ds.asDatasetGraph(), true);
            assertTrue(all.size() > 10, "documents: " + all.size());
            assertEquals(all, skipping);
        } finally {
            KgStore.release(ds);
        }
    }

    @Test
    void theRealDataGivesTheSameDocumentsWhenUnneededTriplesAreSkipped() {
        assertSameDocuments(TestPaths.DATA);
    }

    @Test
    void syntheticDataGivesTheSameDocumentsWhenUnneededTriplesAreSkipped() throws Exception {
        Path data = TestPaths.tempDir("search-data-").resolve("data");
        new DataGenerator(150, 42).writeTo(data);
        assertSameDocuments(data);
    }
}
