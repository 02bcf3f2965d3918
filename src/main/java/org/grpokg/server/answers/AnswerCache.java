package org.grpokg.server.answers;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Complete answers of read queries, kept per version of the data (docs/decisions/0025-answer-cache.md):
 * least recently used first out when the total passes {@link Sizes#maxBytes}, and an answer larger
 * than {@link Sizes#maxAnswerBytes} is not kept. Entries of an older version than the newest seen are
 * dropped, since no read can ask for them again. Identical misses compute once: the first caller
 * gets a {@link Miss} to fill; the others wait for it (at most as long as they may) and then take
 * its answer, or compute themselves when it kept none.
 */
public final class AnswerCache {

    /** Bounds: all answers together, and one answer. */
    public record Sizes(long maxBytes, long maxAnswerBytes) {
        /** No cache. */
        public static final Sizes OFF = new Sizes(0, 0);

        public Sizes {
            if (maxBytes < 0 || maxAnswerBytes < 0) {
                throw new IllegalArgumentException("cache sizes cannot be negative");
            }
        }

        /** A sixteenth of the largest heap for all answers, a quarter of that for one. */
        public static Sizes forHeap() {
            return of(Runtime.getRuntime().maxMemory() / 16);
        }

        /** {@code maxBytes} in all, a quarter of it for one answer. */
        public static Sizes of(long maxBytes) {
            return new Sizes(maxBytes, maxBytes / 4);
        }

        public boolean off() {
            return maxBytes == 0 || maxAnswerBytes == 0;
        }
    }

    /**
     * What identifies an answer: the version of the data, the query's canonical text (with the
     * dataset the request names) and the response format (content type and the parameters that
     * shape the body).
     */
    public record Key(long version, String query, String format) {
        long weight() {
            return 2L * (query.length() + format.length()) + 64;
        }
    }

    /** A complete answer as it went out: the response calls that set its headers, and its body. */
    public record Answer(List<Header> headers, byte[] body) {
        public Answer {
            headers = List.copyOf(headers);
        }

        long weight() {
            long w = body.length + 64;
            for (Header h : headers) {
                w += 2L * (h.name().length() + h.value().length()) + 48;
            }
            return w;
        }
    }

    /** One header as the writer set it ({@code Content-Type} included). */
    public record Header(String name, String value) {
    }

    /** The outcome of a lookup: an answer to send, or a miss to compute (and to {@link Miss#finish}). */
    public sealed interface Lookup permits Hit, Miss {
    }

    /** A kept answer; {@code waited} when it was computed by an identical request this one waited for. */
    public record Hit(Answer answer, boolean waited) implements Lookup {
    }

    /** A miss: compute the answer, then {@link #finish} with it (or with null when there is none to keep). */
    public final class Miss implements Lookup {
        private final Key key;
        private final CompletableFuture<Answer> flight;

        private Miss(Key key, CompletableFuture<Answer> flight) {
            this.key = key;
            this.flight = flight;
        }

        /** Counts an answer that was not kept because it passed the per-answer size while being written. */
        public void tooLarge() {
            AnswerCache.this.tooLarge.incrementAndGet();
        }

        /** Keeps {@code answer} (null: none, e.g. failed) and releases the requests waiting for it. Once. */
        public void finish(Answer answer) {
            Answer kept = answer != null && put(key, answer) ? answer : null;
            if (flight != null) {
                synchronized (AnswerCache.this) {
                    pending.remove(key, flight);
                }
                flight.complete(kept);
            }
        }
    }

    private final Sizes sizes;
    private final LinkedHashMap<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<Answer>> pending = new HashMap<>();
    private long bytes;
    private long newest = Long.MIN_VALUE;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong tooLarge = new AtomicLong();

    public AnswerCache(Sizes sizes) {
        this.sizes = sizes;
    }

    public Sizes sizes() {
        return sizes;
    }

    /**
     * The kept answer of {@code key}, or a {@link Miss}. {@code reuse} false (the client asked for a
     * fresh answer) skips a kept one. A request that finds an identical one in flight waits for it
     * at most {@code waitMillis}.
     */
    public Lookup lookup(Key key, boolean reuse, long waitMillis) {
        CompletableFuture<Answer> flight;
        synchronized (this) {
            Answer kept = reuse ? answers.get(key) : null;
            if (kept != null) {
                hits.incrementAndGet();
                return new Hit(kept, false);
            }
            flight = reuse ? pending.get(key) : null;
            if (flight == null) {
                misses.incrementAndGet();
                CompletableFuture<Answer> mine = new CompletableFuture<>();
                pending.put(key, mine);
                return new Miss(key, mine);
            }
        }
        try {
            Answer theirs = flight.get(Math.max(0, waitMillis), TimeUnit.MILLISECONDS);
            if (theirs != null) {
                hits.incrementAndGet();
                return new Hit(theirs, true);
            }
        } catch (TimeoutException | ExecutionException e) {
            // computed here after all (and timed out here, if the time is up)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        misses.incrementAndGet();
        return new Miss(key, null);
    }

    /** Keeps an answer unless it is too large or of an older version than one already seen; true when kept. */
    private synchronized boolean put(Key key, Answer answer) {
        long weight = key.weight() + answer.weight();
        if (weight > sizes.maxAnswerBytes()) {
            tooLarge.incrementAndGet();
            return false;
        }
        if (key.version() < newest) {
            return false;
        }
        if (key.version() > newest) {
            newest = key.version();
            answers.keySet().removeIf(k -> k.version() < newest);
            bytes = answers.entrySet().stream().mapToLong(e -> e.getKey().weight() + e.getValue().weight()).sum();
        }
        Answer old = answers.put(key, answer);
        if (old != null) {
            bytes -= key.weight() + old.weight();
        }
        bytes += weight;
        for (Iterator<Map.Entry<Key, Answer>> it = answers.entrySet().iterator(); bytes > sizes.maxBytes() && it.hasNext(); ) {
            Map.Entry<Key, Answer> eldest = it.next();
            bytes -= eldest.getKey().weight() + eldest.getValue().weight();
            it.remove();
        }
        return answers.containsKey(key);
    }

    /** Counts so far, for tests and the log. */
    public record Stats(long hits, long misses, long tooLarge, int answers, long bytes) {
    }

    public synchronized Stats stats() {
        return new Stats(hits.get(), misses.get(), tooLarge.get(), answers.size(), bytes);
    }
}
