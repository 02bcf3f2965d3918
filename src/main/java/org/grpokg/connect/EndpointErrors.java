package org.grpokg.connect;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;

/**
 * What a remote store's failure means to a user, in one line: not reachable, refusing the login,
 * answering with an HTTP error, or answering with something that is not SPARQL.
 */
final class EndpointErrors {

    private EndpointErrors() {
    }

    /** True for the failures of a call to a store (as opposed to a bug or the caller's own failure). */
    static boolean isRemoteFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpException || c instanceof QueryException || c instanceof RiotException
                    || c instanceof ResultSetException || c instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** The one-line explanation of {@code failure} of a call to the store named {@code url} (its address, or a description). */
    static EndpointException explain(RuntimeException failure, String url, Optional<Credentials> login) {
        Throwable network = network(failure);
        if (network != null) {
            String why = network instanceof ConnectException ? "connection refused"
                    : network instanceof UnknownHostException ? "unknown host " + network.getMessage()
                    : network instanceof HttpConnectTimeoutException || network instanceof HttpTimeoutException ? "no answer in time"
                    : Optional.ofNullable(network.getMessage()).orElse(network.getClass().getSimpleName());
            return new EndpointException("cannot reach " + url + ": " + why, failure);
        }
        int status = status(failure);
        if (status == 401) {
            return new EndpointException(login
                    .map(c -> url + " refused the credentials of user " + c.user() + " (401)")
                    .orElse(url + " asks for a login (401): give --credentials FILE (one line user:password) or set "
                            + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE), failure);
        }
        if (status == 403) {
            return new EndpointException(url + " refused " + login.map(c -> "user " + c.user()).orElse("anonymous access")
                    + " (403: not allowed)", failure);
        }
        if (status == 404) {
            return new EndpointException(url + " answered 404 (not found): is the dataset name right?"
                    + " (--endpoint takes the dataset's URL, e.g. http://host:3030/ds)", failure);
        }
        if (status == 405) {
            return new EndpointException(url + " answered 405 (method not allowed): does this endpoint take updates?"
                    + " (--update-endpoint, --gsp-endpoint name others)", failure);
        }
        if (status > 0) {
            // the store's own first line says why (Virtuoso: "Virtuoso 37000 Error SP031: ..."), an HTML page says nothing
            String said = storeMessage(failure);
            return new EndpointException(url + " answered " + status + firstLine(statusText(failure))
                    + (said == null ? "" : ": " + said), failure);
        }
        return new EndpointException(url + " did not answer as a SPARQL endpoint" + firstLine(failure.getMessage()), failure);
    }

    private static Throwable network(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof HttpTimeoutException
                    || c instanceof java.nio.channels.ClosedChannelException) {
                return c;
            }
        }
        return null;
    }

    private static int status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // the JDK client gives up on a login the server keeps refusing with this, not with the 401
            if (c instanceof java.io.IOException && String.valueOf(c.getMessage()).startsWith("too many authentication attempts")) {
                return 401;
            }
            if (c instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
            if (c instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
                return q.getStatusCode();
            }
        }
        return -1;
    }

    private static String statusText(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpException h && h.getStatusLine() != null) {
                return h.getStatusLine();
            }
            if (c instanceof QueryExceptionHTTP q && q.getStatusLine() != null) {
                return q.getStatusLine();
            }
        }
        return null;
    }

    /** The first line of a store's error answer when it is plain text (not HTML), at most 200 characters; else null. */
    static String storeMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpException h && h.getResponse() != null) {
                String line = h.getResponse().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
                if (line.isEmpty() || line.startsWith("<")) {
                    return null;
                }
                return line.length() > 200 ? line.substring(0, 200) + "..." : line;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return " (" + (line.length() > 160 ? line.substring(0, 160) + "..." : line) + ")";
    }
}
