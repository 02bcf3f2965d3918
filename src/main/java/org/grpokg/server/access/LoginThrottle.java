package org.grpokg.server.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows password guessing against the update endpoints: a client address that sends
 * {@value #MAX_FAILURES} wrong credentials within {@value #WINDOW_SECONDS} seconds is refused
 * (429 with {@code Retry-After}) until that window has passed, without its credentials being
 * checked, right or wrong. A request without credentials is not a failure (a browser asks first
 * without them), and a right password does not clear the count (a guesser who knows one user's
 * password must not reset the count for others). At most {@value #MAX_ADDRESSES} addresses are
 * remembered, the oldest forgotten first, so a flood of addresses costs bounded memory.
 *
 * <p>The address is the TCP peer's: behind a proxy every client shares the proxy's, and a guesser
 * there locks every user out for a window. That is the usual trade (fail2ban does the same); a
 * header such as {@code X-Forwarded-For} is not trusted because any client can send it. See
 * docs/decisions/0014-updates-with-a-password.md.
 */
public final class LoginThrottle {

    /** Wrong credentials from one address within a window before it is refused. */
    public static final int MAX_FAILURES = 20;

    /** The window, in seconds, from an address's first failure. */
    public static final long WINDOW_SECONDS = 300;

    /** Addresses remembered at most. */
    static final int MAX_ADDRESSES = 10_000;

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);

    private final LongSupplier nanoTime;
    private final Map<String, long[]> failures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public LoginThrottle() {
        this(System::nanoTime);
    }

    /** A throttle on another clock (tests). */
    LoginThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Seconds {@code address} must wait before its credentials are checked again; 0 when they may be. */
    public synchronized long secondsToWait(String address) {
        long[] f = current(address);
        if (f == null || f[1] < MAX_FAILURES) {
            return 0;
        }
        long left = f[0] + WINDOW_NANOS - nanoTime.getAsLong();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Notes wrong credentials from {@code address}. */
    public synchronized void failed(String address) {
        long[] f = current(address);
        if (f == null) {
            failures.put(address, new long[] {nanoTime.getAsLong(), 1});
        } else {
            f[1]++;
        }
    }

    /** The address's window (start, failures), or null when it has none running. */
    private long[] current(String address) {
        long[] f = failures.get(address);
        if (f != null && nanoTime.getAsLong() - f[0] >= WINDOW_NANOS) {
            failures.remove(address);
            return null;
        }
        return f;
    }
}
