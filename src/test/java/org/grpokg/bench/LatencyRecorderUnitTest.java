package org.grpokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencyRecorderUnitTest {

    @Test
    void nearestRankPercentiles() {
        long[] hundred = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, LatencyRecorder.percentile(hundred, 50));
        assertEquals(95, LatencyRecorder.percentile(hundred, 95));
        assertEquals(99, LatencyRecorder.percentile(hundred, 99));
        assertEquals(100, LatencyRecorder.percentile(hundred, 100));
        assertEquals(1, LatencyRecorder.percentile(hundred, 0));
        assertEquals(7, LatencyRecorder.percentile(new long[] {7}, 99));
        assertEquals(20, LatencyRecorder.percentile(new long[] {10, 20, 30, 40}, 50));
        assertEquals(-1, LatencyRecorder.percentile(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> LatencyRecorder.percentile(new long[] {3, 1}, 50));
    }

    @Test
    void countsErrorsApartAndPercentilesOverSuccesses() {
        LatencyRecorder r = new LatencyRecorder();
        for (int i = 1; i <= 100; i++) {
            r.record("query", i * 1_000_000L, true);
        }
        r.record("query", 999_000_000_000L, false);
        r.record("page", 5_000_000L, true);
        r.record("page", 1L, false);
        r.record("page", 1L, false);
        assertEquals(104, r.count());
        assertEquals(3, r.errors());
        assertEquals(List.of("page", "query"), r.kinds());
        LatencyRecorder.Summary q = r.summary("query");
        assertEquals(101, q.count());
        assertEquals(1, q.errors());
        assertEquals(50.0, q.p50());
        assertEquals(99.0, q.p99());
        assertEquals(100.0, q.max(), "the failed request's time is not a latency");
        LatencyRecorder.Summary p = r.summary("page");
        assertEquals(3, p.count());
        assertEquals(2, p.errors());
        assertEquals(5.0, p.p50());
        LatencyRecorder.Summary all = r.overall();
        assertEquals(104, all.count());
        assertEquals(3, all.errors());
        assertEquals(50.0, all.p50(), "over 101 successes: 1..100 ms and 5 ms");
        assertTrue(Double.isNaN(r.summary("unknown").p50()));
    }
}
