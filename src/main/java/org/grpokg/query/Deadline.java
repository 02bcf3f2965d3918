package org.grpokg.query;

import java.time.Duration;

/** The moment a query's time is up: one deadline for parsing and execution together. */
public final class Deadline {

    private final Duration timeout;
    private final long endNanos;

    private Deadline(Duration timeout, long endNanos) {
        this.timeout = timeout;
        this.endNanos = endNanos;
    }

    /** A deadline {@code timeout} from now. */
    public static Deadline after(Duration timeout) {
        return new Deadline(timeout, System.nanoTime() + timeout.toNanos());
    }

    /** The whole time allowed. */
    public Duration timeout() {
        return timeout;
    }

    /** Time left, at least 1 ms (ARQ takes 0 as "no limit"). */
    public long remainingMillis() {
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    /**
     * The time left now, to go on with later: what happens in between (opening or building the
     * store) is not counted against the query.
     */
    public Paused pause() {
        return new Paused(timeout, Math.max(0, remainingNanos()));
    }

    /** A deadline stopped with {@code left} nanoseconds to go. */
    public record Paused(Duration timeout, long left) {
        /** The deadline again, {@code left} from now. */
        public Deadline resume() {
            return new Deadline(timeout, System.nanoTime() + left);
        }
    }

    /** Throws {@link QueryLimitException} when the time is up. */
    public void check(String stage) {
        if (remainingNanos() <= 0) {
            throw QueryLimitException.timeout(this, stage);
        }
    }
}
