package org.grpokg.server;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.grpokg.server.access.MethodFilter;

/**
 * A page whose own queries run past the server's time limit (they run under it, as SPARQL
 * requests do: docs/decisions/0013) answers 503 with one line, as a SPARQL request would, instead
 * of an HTTP 500 error page. Nothing has been sent by then: pages are written once their queries
 * have finished.
 */
public final class PageTimeoutFilter implements Filter {

    private final Duration limit;

    public PageTimeoutFilter(Duration limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (RuntimeException | ServletException e) {
            if (!cancelled(e) || resp.isCommitted()) {
                throw e;
            }
            MethodFilter.sendLine((HttpServletResponse) resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, null,
                    "page timed out after " + seconds() + " (the server's --timeout); try again, or a narrower page");
        }
    }

    private String seconds() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryCancelledException) {
                return true;
            }
        }
        return false;
    }
}
