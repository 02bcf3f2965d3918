package org.grpokg.store;

import org.apache.jena.tdb2.params.StoreParams;

/**
 * TDB2's store parameters with its node caches sized to this JVM's heap.
 *
 * <p>TDB2 keeps two caches of decoded nodes per database, of a fixed number of entries: 1,000,000
 * id-to-node and 200,000 node-to-id by default (Jena 5.6). An entry costs about 200-250 bytes of
 * heap (the node, its string, the id and the slot), so full caches hold about 250 MB whatever the
 * heap: in a 512 MB heap they filled during the search-index and counting stages of a 200 k-entry
 * build and left little room for anything else (BENCHMARKS.md). Here each cache may take at most
 * a sixteenth of the maximum heap, and never more than Jena's default: at the default heap of this
 * machine (a quarter of 24 GB) nothing changes; at {@code -Xmx512m} the caches hold about an eighth
 * and two thirds of the defaults. See docs/decisions/0024-heap-sized-node-caches.md.
 *
 * <p>Cache sizes are dynamic parameters in TDB2: a connection that passes them uses them over
 * whatever the database holds. TDB2 writes the parameters a new database was created with into
 * its {@code tdb.cfg}, though, where Jena's own tools (and plain Fuseki) would read the small
 * caches of a small-heap build; {@link #forget} removes that file once the build has closed the
 * database, so every later reader sizes the caches to its own heap.
 */
public final class NodeCaches {

    /** Heap bytes counted per cache entry: measured on this project's nodes (IRIs of about 60 characters). */
    static final int BYTES_PER_ENTRY = 256;

    /** Entries below which a cache is not shrunk further: a cache this small costs nothing. */
    static final int FLOOR = 10_000;

    private NodeCaches() {
    }

    /** Store parameters for this JVM: Jena's defaults with the node caches bounded by the heap. */
    public static StoreParams params() {
        return params(Runtime.getRuntime().maxMemory());
    }

    /** Store parameters for a heap of at most {@code maxHeapBytes}. */
    static StoreParams params(long maxHeapBytes) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long budget = maxHeapBytes / 16 / BYTES_PER_ENTRY;
        return StoreParams.builder(dft)
                .nodeId2NodeCacheSize(bounded(budget, dft.getNodeId2NodeCacheSize()))
                .node2NodeIdCacheSize(bounded(budget, dft.getNode2NodeIdCacheSize()))
                .build();
    }

    /**
     * Removes the {@code tdb.cfg} TDB2 wrote into the new database at {@code location} (closed by
     * now): the parameters in it are all Jena's defaults but the cache sizes, which belong to the
     * JVM that built it, not to the database.
     */
    public static void forget(java.nio.file.Path location) {
        try {
            java.nio.file.Files.deleteIfExists(location.resolve("tdb.cfg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove " + location.resolve("tdb.cfg"), e);
        }
    }

    private static int bounded(long budget, int dft) {
        return (int) Math.max(Math.min(FLOOR, dft), Math.min(budget, dft));
    }
}
