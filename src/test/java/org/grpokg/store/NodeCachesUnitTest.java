package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

/** TDB2's node caches sized to the heap, and nothing of that left in the database. */
class NodeCachesUnitTest {

    private static final long MB = 1024L * 1024;

    @Test
    void aSmallHeapGetsSmallCachesAndALargeOneJenasDefaults() {
        StoreParams dft = StoreParams.getDftStoreParams();
        StoreParams small = NodeCaches.params(512 * MB);
        // a sixteenth of 512 MB at 256 bytes an entry
        assertEquals(131_072, small.getNodeId2NodeCacheSize());
        assertEquals(131_072, small.getNode2NodeIdCacheSize());
        StoreParams large = NodeCaches.params(6 * 1024 * MB);
        assertEquals(dft.getNodeId2NodeCacheSize(), large.getNodeId2NodeCacheSize());
        assertEquals(dft.getNode2NodeIdCacheSize(), large.getNode2NodeIdCacheSize());
        StoreParams tiny = NodeCaches.params(16 * MB);
        assertEquals(NodeCaches.FLOOR, tiny.getNodeId2NodeCacheSize());
        assertEquals(NodeCaches.FLOOR, tiny.getNode2NodeIdCacheSize());
        // everything else stays Jena's
        assertEquals(dft.getBlockReadCacheSize(), small.getBlockReadCacheSize());
        assertEquals(dft.getFileMode(), small.getFileMode());
    }
}
