package org.grpokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Generations, the build lock and the cleaning of leftovers, in one process. */
class StoreGenerationsIntegrationTest {

    @AfterEach
    void noHook() {
        FaultPoint.setHook(null);
    }

    static Dataset triples(int n) {
        Dataset ds = DatasetFactory.create();
        var m = ds.getDefaultModel();
        for (int i = 0; i < n; i++) {
            m.add(ResourceFactory.createResource("urn:s" + i), ResourceFactory.createProperty("urn:p"), "v" + i);
        }
        return ds;
    }

    static long size(KgStore store) {
        Dataset ds = store.open();
        try {
            return Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
        } finally {
            KgStore.release(ds);
        }
    }

    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    static long count(Path dir, String prefix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }

    @Test
    void aSecondBuildSeesTheLockAndReadersKeepTheOldGeneration() throws Exception {
        KgStore store = new KgStore(TestPaths.tempDir("gen-").resolve("store"));
        store.replaceWith(triples(5), "first");
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        FaultPoint.setHook(point -> {
            if (point == FaultPoint.BEFORE_SWITCH) {
                paused.countDown();
                try {
                    go.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> store.replaceWith(triples(9), "second"));
        assertTrue(paused.await(60, TimeUnit.SECONDS), "the first build reached the switch");
        FaultPoint.setHook(null);

        StoreException second = assertThrows(StoreException.class, () -> store.replaceWith(triples(2), "third"));
        assertTrue(second.isBusy(), "exit 6");
        assertTrue(second.getMessage().contains("is being built by process " + ProcessHandle.current().pid()), second.getMessage());

        // a reader while the new generation is complete but not switched to reads the old one
        Dataset reading = store.open();
        assertEquals("first", store.builtFrom().orElseThrow());
        assertEquals(5, Txn.calculateRead(reading, () -> reading.getDefaultModel().size()));

        go.countDown();
        assertEquals(9, first.get(60, TimeUnit.SECONDS));
        assertEquals("second", store.builtFrom().orElseThrow());
        // the reader that opened the old generation still reads it, whole
        assertEquals(5, Txn.calculateRead(reading, () -> reading.getDefaultModel().size()));
        assertEquals(9, size(store));
        assertEquals(2, count(store.dir(), Generations.PREFIX), "the old generation stays while it is read");
        KgStore.release(reading);

        store.replaceWith(triples(4), "fourth");
        assertEquals(1, count(store.dir(), Generations.PREFIX), "released generations are removed by the next build");
        assertEquals(4, size(store));
    }

    @Test
    void leftoversOfDeadBuildsAreRemovedAndThoseOfLiveOnesKept() throws Exception {
        Path parent = TestPaths.tempDir("left-");
        KgStore store = new KgStore(parent.resolve("store"));
        store.replaceWith(triples(3), "a");
        long dead = deadPid();
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path deadNew = Files.createDirectories(parent.resolve(".store.new-" + dead).resolve("Data-0001"));
        Path deadOld = Files.createDirectories(parent.resolve(".store.old-" + dead));
        Path liveNew = Files.createDirectories(parent.resolve(".store.new-" + live));
        Path otherStore = Files.createDirectories(parent.resolve(".other.new-" + dead));
        Path killedGen = Files.createDirectories(store.dir().resolve("gen-000007").resolve("Data-0001"));
        Files.writeString(killedGen.resolveSibling("tdb.lock"), Long.toString(dead));
        Path heldGen = Files.createDirectories(store.dir().resolve("gen-000008"));
        Files.writeString(heldGen.resolve("tdb.lock"), Long.toString(live));
        Files.writeString(store.dir().resolve("current.tmp-" + dead), "gen-000007\n");

        store.replaceWith(triples(6), "b");

        assertFalse(Files.exists(deadNew.getParent()), "a killed build's new store is removed");
        assertFalse(Files.exists(deadOld));
        assertFalse(Files.exists(killedGen.getParent()));
        assertFalse(Files.exists(store.dir().resolve("current.tmp-" + dead)));
        assertTrue(Files.exists(liveNew), "a live process's folder is kept");
        assertTrue(Files.exists(heldGen), "a generation a live process holds is kept");
        assertTrue(Files.exists(otherStore), "another store's leftovers are not ours");
        assertEquals(6, size(store));
        assertEquals("gen-000009", store.current().orElseThrow().getFileName().toString());
    }

    @Test
    void aStoreOfTheOlderLayoutIsReadThenReplacedByAGeneration() throws Exception {
        Path dir = TestPaths.tempDir("legacy-").resolve("store");
        // the older layout: the database and the marker in the store folder itself
        Files.createDirectories(dir);
        KgStore.load(triples(3), dir);
        Files.writeString(dir.resolve(KgStore.MARKER), "fingerprint=old\n");
        KgStore store = new KgStore(dir);
        assertEquals("old", store.builtFrom().orElseThrow());
        assertEquals(3, size(store));

        store.replaceWith(triples(8), "new");
        assertEquals(8, size(store));
        assertEquals("new", store.builtFrom().orElseThrow());
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the older database is removed once replaced");
        assertFalse(Files.exists(dir.resolve(KgStore.MARKER)));
    }

    @Test
    void aFolderThatIsNotAStoreIsRefused() throws Exception {
        Path dir = TestPaths.tempDir("foreign-");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class, () -> new KgStore(dir).replaceWith(triples(1), "x"));
        assertTrue(e.getMessage().contains("not a grpo-kg store"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }
}
