package org.grpokg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load generator's bookkeeping: every request's kind, latency and outcome. Counts include
 * failed requests; percentiles are over the successful ones (a refused request's latency says
 * nothing about serving), nearest-rank. Thread-safe.
 */
final class LatencyRecorder {

    /** The figures of one kind of request (or of all: kind "all"); times in ms. */
    record Summary(String kind, long count, long errors, double p50, double p95, double p99, double max) {
    }

    private final Map<String, List<Long>> okNanos = new TreeMap<>();
    private final Map<String, Long> errors = new TreeMap<>();

    synchronized void record(String kind, long nanos, boolean ok) {
        if (ok) {
            okNanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
            errors.putIfAbsent(kind, 0L);
        } else {
            errors.merge(kind, 1L, Long::sum);
            okNanos.computeIfAbsent(kind, k -> new ArrayList<>());
        }
    }

    synchronized List<String> kinds() {
        return List.copyOf(okNanos.keySet());
    }

    synchronized long count() {
        return okNanos.values().stream().mapToLong(List::size).sum() + errors();
    }

    synchronized long errors() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized Summary summary(String kind) {
        List<Long> ok = okNanos.getOrDefault(kind, List.of());
        return summarise(kind, ok, errors.getOrDefault(kind, 0L));
    }

    synchronized Summary overall() {
        List<Long> all = new ArrayList<>();
        okNanos.values().forEach(all::addAll);
        return summarise("all", all, errors());
    }

    private static Summary summarise(String kind, List<Long> ok, long errors) {
        long[] sorted = ok.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Summary(kind, sorted.length + errors, errors, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it; -1 when empty. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        if (!Arrays.equals(sorted, Arrays.stream(sorted).sorted().toArray())) {
            throw new IllegalArgumentException("values are not sorted");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }
}
