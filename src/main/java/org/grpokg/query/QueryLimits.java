package org.grpokg.query;

import java.time.Duration;

/**
 * The limits a query runs under, on the server and on the command line alike
 * (docs/decisions/0013-query-limits.md): the size of its text, one time limit for parsing and
 * execution together, and the size of its result. Nesting depth is fixed
 * ({@link #MAX_NESTING}): deeper queries overflow the parser's stack.
 *
 * @param maxQueryBytes the longest query text, in bytes of UTF-8
 * @param timeout       the time allowed for parsing and running a query, from the moment its text is read
 * @param maxResultRows the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a result may hold
 */
public record QueryLimits(long maxQueryBytes, Duration timeout, long maxResultRows) {

    /**
     * 256 KiB. Jena's parser takes time quadratic in the longest token (a comment, a string, an
     * IRI): about 2 s for a 1 MB token on an idle machine here, a sixteenth of that for 256 KiB.
     */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256L << 10;
    /** The server's time limit. */
    public static final Duration DEFAULT_SERVER_TIMEOUT = Duration.ofSeconds(30);
    /** The command line's time limit: the user's own machine, so more room than the server's. */
    public static final Duration DEFAULT_CLI_TIMEOUT = Duration.ofSeconds(60);
    /** A million rows or triples: about 40 times the whole graph, a few hundred MB at most in memory. */
    public static final long DEFAULT_MAX_RESULT_ROWS = 1_000_000;
    /** The deepest nesting of braces, parentheses and brackets a query may have. */
    public static final int MAX_NESTING = 100;

    public QueryLimits {
        if (maxQueryBytes <= 0 || maxResultRows <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The server's defaults. */
    public static QueryLimits server() {
        return new QueryLimits(DEFAULT_MAX_QUERY_BYTES, DEFAULT_SERVER_TIMEOUT, DEFAULT_MAX_RESULT_ROWS);
    }

    /** The command line's defaults. */
    public static QueryLimits cli() {
        return new QueryLimits(DEFAULT_MAX_QUERY_BYTES, DEFAULT_CLI_TIMEOUT, DEFAULT_MAX_RESULT_ROWS);
    }

    /** Throws {@link QueryLimitException} when a query text of {@code bytes} bytes is over the size limit. */
    public void checkSize(long bytes) {
        if (bytes > maxQueryBytes) {
            throw new QueryLimitException(QueryLimitException.Kind.TOO_LARGE,
                    "query too large: " + bytes + " bytes, over the limit of " + maxQueryBytes + " bytes");
        }
    }

    /** Checks the size and the nesting depth of a query text before it is parsed. */
    public void checkText(String text) {
        checkSize(Utf8.length(text));
        int depth = NestingDepth.of(text);
        if (depth > MAX_NESTING) {
            throw QueryLimitException.tooDeep();
        }
    }

    /** A deadline starting now, {@link #timeout} away. */
    public Deadline deadline() {
        return Deadline.after(timeout);
    }

    /** Seconds as written for people: 30, 0.5. */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
    }

    /** UTF-8 length without encoding the text. */
    static final class Utf8 {
        private Utf8() {
        }

        static long length(CharSequence s) {
            long n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n += 1;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c)) {
                    n += 4;
                    i++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
    }
}
