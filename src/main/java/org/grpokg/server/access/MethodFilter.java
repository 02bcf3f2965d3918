package org.grpokg.server.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 405 Method Not Allowed, with {@code Allow}, to any method an address does not serve
 * ({@link Exposure}): TRACE is never echoed, PROPFIND and made-up methods never reach a servlet.
 * Answers OPTIONS itself with the same {@code Allow}. Mounted on every path, before the others.
 */
public final class MethodFilter implements Filter {

    private final Exposure exposure;

    public MethodFilter(Exposure exposure) {
        this.exposure = exposure;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        String path = path(http);
        String method = http.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("OPTIONS")) {
            out.setHeader("Allow", exposure.allow(path));
            out.setStatus(HttpServletResponse.SC_OK);
            out.setContentLength(0);
            return;
        }
        if (!exposure.serves(path, method)) {
            String note = (method.equals("PUT") || method.equals("DELETE") || method.equals("POST") || method.equals("PATCH"))
                    && !exposure.writable()
                    ? " (read-only server: started without --allow-update)" : "";
            closeIfBodyUnread(http, out);
            sendLine(out, HttpServletResponse.SC_METHOD_NOT_ALLOWED, exposure.allow(path),
                    "method " + printable(http.getMethod()) + " is not served at " + path + "; allowed: " + exposure.allow(path) + note);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** The path inside the server, decoded as servlets see it. */
    static String path(HttpServletRequest http) {
        String p = (http.getServletPath() == null ? "" : http.getServletPath()) + (http.getPathInfo() == null ? "" : http.getPathInfo());
        return p.isEmpty() ? "/" : p;
    }

    /**
     * Before a refusal that leaves the request's body unread: ends the connection after the answer
     * ({@code Connection: close}), so that neither side takes the rest of the body for the next request.
     */
    static void closeIfBodyUnread(HttpServletRequest http, HttpServletResponse out) {
        String te = http.getHeader("Transfer-Encoding");
        if (http.getContentLengthLong() > 0 || te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            out.setHeader("Connection", "close");
        }
    }

    public static void sendLine(HttpServletResponse out, int status, String allow, String line) throws IOException {
        out.resetBuffer();
        out.setStatus(status);
        if (allow != null) {
            out.setHeader("Allow", allow);
        }
        out.setContentType("text/plain;charset=utf-8");
        byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    private static String printable(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return t.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
