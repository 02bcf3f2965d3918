package org.grpokg.server;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.grpokg.connect.EndpointException;
import org.grpokg.connect.RemoteDatasetGraph;
import org.grpokg.query.QueryLimitException;

/**
 * Each request to a live front (docs/decisions/0023-live-remote-front.md): the page asks the
 * store for each subject's names and types once ({@link RemoteDatasetGraph#scope()}), and a page
 * whose store failed answers
 * with one line of plain text instead of a stack trace: 502 when the store cannot be reached or
 * answers with an error, 503 when it gave no answer in time, and the status of the limit when an
 * answer was over a {@link org.grpokg.query.QueryLimits} limit. The server keeps running, and the
 * next request asks the store again.
 */
final class LiveRequestFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try (RemoteDatasetGraph.Scope names = RemoteDatasetGraph.scope()) {
            chain.doFilter(req, resp);
        } catch (RuntimeException | ServletException e) {
            RuntimeException known = known(e);
            if (known == null || resp.isCommitted()) {
                throw e;
            }
            HttpServletResponse out = (HttpServletResponse) resp;
            out.reset();
            out.setStatus(known instanceof QueryLimitException q ? LimitedQueryService.status(q.kind()) : status((EndpointException) known));
            out.setContentType("text/plain; charset=utf-8");
            out.setHeader("Cache-Control", "no-store");
            out.getWriter().write(known.getMessage() + "\n");
        }
    }

    /** 503 when the store did not answer in time (clients may retry), else 502 (Bad Gateway). */
    static int status(EndpointException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpTimeoutException) {
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
        }
        return HttpServletResponse.SC_BAD_GATEWAY;
    }

    private static RuntimeException known(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EndpointException || c instanceof QueryLimitException) {
                return (RuntimeException) c;
            }
        }
        return null;
    }
}
