package org.grpokg.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every attempt to change the dataset with 405 Method Not Allowed. Without it, Fuseki
 * answers a SPARQL Update sent to a query-only endpoint with 400 ("no operation"), which tells a
 * client its request was malformed rather than that the service is read-only.
 */
final class ReadOnlyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (isChange(http)) {
            HttpServletResponse out = (HttpServletResponse) resp;
            out.setHeader("Allow", "GET, HEAD, OPTIONS, POST");
            out.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only service: updates are not accepted");
            return;
        }
        chain.doFilter(req, resp);
    }

    static boolean isChange(HttpServletRequest req) {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("PUT") || method.equals("DELETE") || method.equals("PATCH")) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            return true;
        }
        // A form post carrying an update; getParameter reads the form body only for form posts.
        return type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") != null
                || req.getQueryString() != null && req.getQueryString().contains("update=");
    }
}
