package org.grpokg.query;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;

/**
 * Parses a query under its {@link Deadline}, on a thread of its own with a large stack. Jena's
 * parser cannot be interrupted: past the deadline the caller gets a timeout at once while the
 * parse runs on to its end in the background, which the size limit keeps short (about 2 s for
 * 1 MB here). A stack overflow, should the nesting check ever miss one, is reported as
 * "nested too deeply", not as Jena's "null".
 */
public final class TimedParser {

    /** Stack for the parsing thread: reserved, touched only as deep as the parser goes. */
    private static final long STACK_BYTES = 64L << 20;

    private TimedParser() {
    }

    /**
     * The query {@code parser} returns, or {@link QueryLimitException} when the deadline passes
     * first or the parser overflows its stack.
     *
     * @throws QueryParseException as the parser throws it
     */
    public static Query parse(Supplier<Query> parser, Deadline deadline) {
        deadline.check("before parsing");
        CompletableFuture<Query> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(parser.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "grpo-kg-parse", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw QueryLimitException.timeout(deadline, "while parsing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw QueryLimitException.timeout(deadline, "while parsing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (overflowed(cause)) {
                throw QueryLimitException.tooDeep();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static boolean overflowed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }
}
