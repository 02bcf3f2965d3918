package org.grpokg.query;

/** A query refused or stopped by one of its {@link QueryLimits}; the message is one line for people. */
public final class QueryLimitException extends RuntimeException {

    /** Which limit. */
    public enum Kind {
        /** the text is over the size limit (HTTP 413, exit 2) */
        TOO_LARGE,
        /** nested deeper than {@link QueryLimits#MAX_NESTING} (HTTP 400, exit 5) */
        TOO_DEEP,
        /** parsing and execution took longer than the time limit (HTTP 503, exit 8) */
        TIMEOUT,
        /** the result holds more rows or triples than the limit (HTTP 507, exit 8) */
        TOO_MANY_RESULTS
    }

    private final Kind kind;

    public QueryLimitException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static QueryLimitException tooDeep() {
        return new QueryLimitException(Kind.TOO_DEEP,
                "query nested too deeply (over " + QueryLimits.MAX_NESTING + " levels of braces, parentheses or brackets)");
    }

    static QueryLimitException timeout(Deadline deadline, String stage) {
        return new QueryLimitException(Kind.TIMEOUT, "query timed out after " + QueryLimits.seconds(deadline.timeout())
                + " s " + stage + " (the limit covers parsing and execution): no result");
    }

    static QueryLimitException tooManyResults(long limit, String what) {
        return new QueryLimitException(Kind.TOO_MANY_RESULTS, "result too large: over " + limit + " " + what
                + " (the limit); narrow the query or add LIMIT");
    }
}
