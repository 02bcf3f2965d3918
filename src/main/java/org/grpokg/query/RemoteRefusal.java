package org.grpokg.query;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** What the command line makes of a running server's refusal of a query. */
final class RemoteRefusal {

    private RemoteRefusal() {
    }

    /**
     * The server's limit statuses as {@link QueryLimitException}s (413 too large, 503 out of
     * time, 507 result too large); any other status is passed on as it came.
     */
    static RuntimeException of(RuntimeException e, Deadline deadline) {
        int status = e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
        String said = serverMessage(e);
        return switch (status) {
            case 413 -> new QueryLimitException(QueryLimitException.Kind.TOO_LARGE, "the running server refused the query: " + said);
            // our own, shorter, limit was passed on: say it as the user set it
            case 503 -> deadline.remainingNanos() < 100_000_000 ? QueryLimitException.timeout(deadline, "on the running server")
                    : new QueryLimitException(QueryLimitException.Kind.TIMEOUT, "the running server stopped the query: " + said);
            case 507 -> new QueryLimitException(QueryLimitException.Kind.TOO_MANY_RESULTS, "the running server refused the result: " + said);
            default -> e;
        };
    }

    /** The first line of the server's answer, without Fuseki's "Error NNN:" prefix. */
    private static String serverMessage(RuntimeException e) {
        String body = e instanceof HttpException h ? h.getResponse() : ((QueryExceptionHTTP) e).getResponse();
        if (body == null || body.isBlank()) {
            body = e.getMessage() == null ? "" : e.getMessage();
        }
        return body.strip().lines().findFirst().orElse("").replaceFirst("^Error \\d+: *", "");
    }
}
