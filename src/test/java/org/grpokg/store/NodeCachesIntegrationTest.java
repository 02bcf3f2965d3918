package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/** A store built with heap-sized caches keeps no cache sizes, and opens with this heap's. */
class NodeCachesIntegrationTest {

    @Test
    void aLoadedStoreKeepsNoCacheSizesAndOpensWithThisHeapsCaches() throws Exception {
        Path parent = TestPaths.tempDir("caches-");
        KgStore store = new KgStore(parent.resolve("store"));
        Dataset content = DatasetFactory.create();
        content.getDefaultModel().add(ResourceFactory.createResource("urn:s"), ResourceFactory.createProperty("urn:p"), "v");
        assertEquals(1, store.replaceWith(content, "first"));
        Path gen = store.current().orElseThrow();
        assertTrue(Files.isDirectory(gen.resolve("Data-0001")), "a TDB2 database in " + gen);
        assertFalse(Files.exists(gen.resolve("tdb.cfg")), "the build's cache sizes stay out of the database");
        // a database that does hold small caches (as one built before this change would) opens with this heap's all the same
        org.apache.jena.tdb2.params.StoreParamsCodec.write(org.apache.jena.dboe.base.file.Location.create(gen),
                StoreParams.builder().nodeId2NodeCacheSize(1234).node2NodeIdCacheSize(1234).build());
        assertTrue(Files.exists(gen.resolve("tdb.cfg")));
        Dataset ds = store.open();
        try {
            StoreParams used = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getStoreParams();
            assertEquals(NodeCaches.params().getNodeId2NodeCacheSize(), used.getNodeId2NodeCacheSize());
            assertEquals(NodeCaches.params().getNode2NodeIdCacheSize(), used.getNode2NodeIdCacheSize());
        } finally {
            KgStore.release(ds);
        }
    }
}
