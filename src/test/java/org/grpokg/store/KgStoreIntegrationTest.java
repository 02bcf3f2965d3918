package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/** Building beside the old store and swapping in: a failure half-way leaves the old store whole. */
class KgStoreIntegrationTest {

    private static Dataset triples(int n) {
        Dataset ds = DatasetFactory.create();
        var m = ds.getDefaultModel();
        for (int i = 0; i < n; i++) {
            m.add(ResourceFactory.createResource("urn:s" + i), ResourceFactory.createProperty("urn:p"), "v" + i);
        }
        return ds;
    }

    private static long size(KgStore store) {
        Dataset ds = store.open();
        try {
            return Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
        } finally {
            KgStore.release(ds);
        }
    }

    @Test
    void aFailureWhileLoadingLeavesTheOldStoreAndNoLeftovers() throws Exception {
        Path parent = TestPaths.tempDir("swap-");
        KgStore store = new KgStore(parent.resolve("store"));
        assertEquals(10, store.replaceWith(triples(10), "first"));
        assertEquals(10, size(store));

        // a dataset whose quads run out with an error after a few hundred
        Dataset good = triples(1000);
        DatasetGraph failing = new DatasetGraphWrapper(good.asDatasetGraph()) {
            @Override
            public Iterator<Quad> find() {
                Iterator<Quad> real = super.find();
                return new Iterator<>() {
                    int n;

                    @Override
                    public boolean hasNext() {
                        return real.hasNext();
                    }

                    @Override
                    public Quad next() {
                        if (++n > 300) {
                            throw new IllegalStateException("disk on fire");
                        }
                        return real.next();
                    }
                };
            }

            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                return find();
            }
        };
        Dataset broken = DatasetFactory.wrap(failing);
        assertThrows(IllegalStateException.class, () -> store.replaceWith(broken, "second"));
        assertEquals(10, size(store), "the old store is untouched");
        assertEquals("first", store.builtFrom().orElseThrow());
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(1, left.count(), "no half-written store beside it");
        }
    }

    @Test
    void replacingSwapsInTheNewContent() {
        KgStore store = new KgStore(TestPaths.tempDir("swap-").resolve("store"));
        store.replaceWith(triples(3), "a");
        store.replaceWith(triples(7), "b");
        assertEquals(7, size(store));
        assertTrue(store.isFresh("b"));
    }
}
