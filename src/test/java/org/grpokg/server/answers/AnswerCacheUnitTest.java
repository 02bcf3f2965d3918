package org.grpokg.server.answers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The answer cache's bounds, versions and single flight; which queries are stable. */
class AnswerCacheUnitTest {

    private static AnswerCache.Key key(long version, String q) {
        return new AnswerCache.Key(version, q, "text/csv");
    }

    private static AnswerCache.Answer answer(String body) {
        return new AnswerCache.Answer(List.of(new AnswerCache.Header("Content-Type", "text/csv")), body.getBytes(StandardCharsets.UTF_8));
    }

    private static void fill(AnswerCache cache, AnswerCache.Key key, String body) {
        ((AnswerCache.Miss) cache.lookup(key, true, 0)).finish(answer(body));
    }

    @Test
    void leastRecentlyUsedGoesFirstWhenTheTotalIsPassed() {
        AnswerCache cache = new AnswerCache(new AnswerCache.Sizes(3_000, 1_000));
        fill(cache, key(1, "a"), "x".repeat(700));
        fill(cache, key(1, "b"), "x".repeat(700));
        assertInstanceOf(AnswerCache.Hit.class, cache.lookup(key(1, "a"), true, 0));   // a used after b
        fill(cache, key(1, "c"), "x".repeat(700));
        fill(cache, key(1, "d"), "x".repeat(700));
        assertInstanceOf(AnswerCache.Hit.class, cache.lookup(key(1, "a"), true, 0));
        AnswerCache.Lookup b = cache.lookup(key(1, "b"), true, 0);
        assertInstanceOf(AnswerCache.Miss.class, b);
        ((AnswerCache.Miss) b).finish(null);
        assertTrue(cache.stats().bytes() <= 3_000, cache.stats().toString());
    }

    @Test
    void anAnswerOverTheCapIsNotKept() {
        AnswerCache cache = new AnswerCache(new AnswerCache.Sizes(10_000, 1_000));
        fill(cache, key(1, "big"), "x".repeat(2_000));
        assertInstanceOf(AnswerCache.Miss.class, cache.lookup(key(1, "big"), true, 0));
        assertEquals(1, cache.stats().tooLarge());
    }

    @Test
    void aNewerVersionDropsTheOlderAndAnOlderOneIsNotKept() {
        AnswerCache cache = new AnswerCache(AnswerCache.Sizes.of(1 << 20));
        fill(cache, key(1, "q"), "old");
        fill(cache, key(2, "q"), "new");
        assertEquals(1, cache.stats().answers());
        fill(cache, key(1, "late"), "a read that began before the change");
        assertEquals(1, cache.stats().answers());
        AnswerCache.Lookup hit = cache.lookup(key(2, "q"), true, 0);
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), ((AnswerCache.Hit) hit).answer().body());
    }

    @Test
    void identicalMissesComputeOnceAndTheSecondWaitsForTheFirst() throws Exception {
        AnswerCache cache = new AnswerCache(AnswerCache.Sizes.of(1 << 20));
        AnswerCache.Miss first = (AnswerCache.Miss) cache.lookup(key(1, "q"), true, 0);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> asked = new CompletableFuture<>();
            Future<AnswerCache.Lookup> second = pool.submit(() -> {
                asked.complete(null);
                return cache.lookup(key(1, "q"), true, 60_000);
            });
            asked.get(10, TimeUnit.SECONDS);
            // the second is waiting, not computing: still no answer after a while
            assertFalse(waitDone(second, 200));
            first.finish(answer("computed once"));
            AnswerCache.Hit hit = (AnswerCache.Hit) second.get(10, TimeUnit.SECONDS);
            assertTrue(hit.waited());
            assertEquals("computed once", new String(hit.answer().body(), StandardCharsets.UTF_8));
            assertEquals(1, cache.stats().misses());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterComputesItselfWhenTheFirstKeptNothingOrItsTimeIsUp() throws Exception {
        AnswerCache cache = new AnswerCache(AnswerCache.Sizes.of(1 << 20));
        AnswerCache.Miss first = (AnswerCache.Miss) cache.lookup(key(1, "q"), true, 0);
        // its own time is up before the first finishes
        assertInstanceOf(AnswerCache.Miss.class, cache.lookup(key(1, "q"), true, 10));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AnswerCache.Lookup> second = pool.submit(() -> cache.lookup(key(1, "q"), true, 60_000));
            Thread.sleep(100);
            first.finish(null);   // failed: nothing kept
            assertInstanceOf(AnswerCache.Miss.class, second.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean waitDone(Future<?> f, long ms) throws InterruptedException {
        Thread.sleep(ms);
        return f.isDone();
    }

    @Test
    void stableQueries() {
        assertTrue(AnswerKeys.stable(QueryFactory.create("SELECT ?s { ?s ?p ?o FILTER(STRLEN(STR(?o)) > 3) } ORDER BY ?s")));
        assertTrue(AnswerKeys.stable(QueryFactory.create("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(\"1\") AS ?n) (<http://www.w3.org/2005/xpath-functions#upper-case>(\"a\") AS ?u) {}",
                "http://example/") ));
        for (String q : List.of("SELECT (RAND() AS ?r) {}", "SELECT (NOW() AS ?t) {}", "SELECT (UUID() AS ?u) {}",
                "SELECT (STRUUID() AS ?u) {}", "SELECT (BNODE() AS ?b) {}", "SELECT (BNODE(\"x\") AS ?b) {}",
                "SELECT ?s { ?s ?p ?o FILTER NOT EXISTS { BIND(RAND() AS ?r) } }",
                "SELECT ?s { { SELECT ?s (SAMPLE(RAND()) AS ?r) { ?s ?p ?o } GROUP BY ?s } }",
                "SELECT (<http://www.w3.org/2005/xpath-functions#current-dateTime>() AS ?t) {}",
                "SELECT (<http://jena.apache.org/ARQ/function#now>() AS ?t) {}",
                "CONSTRUCT { ?s ?p ?r } { ?s ?p ?o BIND(RAND() AS ?r) }",
                "SELECT * { SERVICE <http://example/sparql> { ?s ?p ?o } }")) {
            assertFalse(AnswerKeys.stable(QueryFactory.create(q)), q);
        }
    }
}
