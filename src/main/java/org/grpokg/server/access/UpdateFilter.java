package org.grpokg.server.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the dataset's addresses when updates are allowed. Reads pass anonymously: GET and HEAD
 * (without an {@code update} parameter) and SPARQL queries sent by POST. Everything else (SPARQL
 * Update, Graph Store PUT, POST, DELETE, anything unrecognised) needs a user of the
 * {@link PasswordFile} who may update: none 401 (with {@code WWW-Authenticate}), wrong 401, a
 * read-only user 403, then a body over the limit 413; an address that sent too many wrong
 * credentials gets 429 for a while ({@link LoginThrottle}). An accepted change reaches Fuseki with the
 * user as the request's remote user (Fuseki's own endpoint policy checks it again), and when it
 * answers 2xx the listeners are told.
 */
public final class UpdateFilter implements Filter {

    private final UpdateAccess access;
    private final java.util.Set<String> queryPaths;
    private final Runnable afterCommit;
    private final LoginThrottle throttle;

    /**
     * {@code queryPaths}: where a POST may be a query (elsewhere every POST needs a user);
     * {@code afterCommit} runs after each successful change, before the listener of {@code access}.
     */
    public UpdateFilter(UpdateAccess access, java.util.Set<String> queryPaths, Runnable afterCommit) {
        this(access, queryPaths, afterCommit, new LoginThrottle());
    }

    /** As above, with guessing slowed by {@code throttle}. */
    UpdateFilter(UpdateAccess access, java.util.Set<String> queryPaths, Runnable afterCommit, LoginThrottle throttle) {
        this.access = access;
        this.queryPaths = java.util.Set.copyOf(queryPaths);
        this.afterCommit = afterCommit;
        this.throttle = throttle;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) resp;
        if (http.getContentLengthLong() > access.maxBody() && !isRead(http, false)) {
            // refused before the body is read, whoever asks: an oversized request costs nothing
            closeIfBodyUnread(http, out);
            MethodFilter.sendLine(out, 413, null, "request body of " + http.getContentLengthLong()
                    + " bytes is over the limit of " + access.maxBody() + " bytes for updates and uploads");
            return;
        }
        if (isRead(http, true) && (!isPost(http) || queryPaths.contains(MethodFilter.path(http)))) {
            chain.doFilter(req, resp);
            return;
        }
        if (refuse(http, out)) {
            return;
        }
        String user = access.check(http.getHeader("Authorization")).user();
        HttpServletRequest forward = new AsUser(http, user);
        if (http.getContentLengthLong() < 0 && contentType(http).startsWith("multipart/")) {
            // Fuseki reads the parts from the connection itself: a body in parts cannot be counted here
            closeIfBodyUnread(http, out);
            MethodFilter.sendLine(out, 411, null, "an upload in parts (multipart) needs a Content-Length");
            return;
        }
        if (http.getContentLengthLong() < 0 && hasBody(http) && !isForm(http)) {
            byte[] body = readAtMost(http.getInputStream(), access.maxBody());
            if (body == null) {
                closeIfBodyUnread(http, out);
                MethodFilter.sendLine(out, 413, null, "request body is over the limit of " + access.maxBody() + " bytes for updates and uploads");
                return;
            }
            forward = new Buffered(forward, body);
        }
        access.onCommit().changing(user);
        chain.doFilter(forward, resp);
        if (out.getStatus() >= 200 && out.getStatus() < 300) {
            try {
                afterCommit.run();
                access.onCommit().committed(user);
            } catch (RuntimeException e) {
                // the change is committed; what follows it (search index, record) must not turn it into an error
                org.slf4j.LoggerFactory.getLogger(UpdateFilter.class).warn("after an update by {}: {}", user, e.toString());
            }
        }
    }

    /**
     * Sends 429 to an address that guessed too often ({@link LoginThrottle}), else 401 or 403
     * unless the request carries a user who may update; true when it answered.
     */
    private boolean refuse(HttpServletRequest http, HttpServletResponse out) throws IOException {
        closeIfBodyUnread(http, out);
        String address = http.getRemoteAddr();
        long wait = throttle.secondsToWait(address);
        if (wait > 0) {
            out.setHeader("Retry-After", Long.toString(wait));
            MethodFilter.sendLine(out, 429, null, "too many wrong user names or passwords from " + address
                    + ": try again in " + wait + " s");
            return true;
        }
        UpdateAccess.Check check = access.check(http.getHeader("Authorization"));
        if (check.verdict() == UpdateAccess.Verdict.REFUSED) {
            throttle.failed(address);
        }
        switch (check.verdict()) {
            case WRITER:
                return false;
            case READ_ONLY:
                MethodFilter.sendLine(out, HttpServletResponse.SC_FORBIDDEN, null,
                        "user " + check.user() + " may not update (no '" + PasswordFile.UPDATE_ROLE + "' role)");
                return true;
            default:
                out.setHeader("WWW-Authenticate", "Basic realm=\"" + UpdateAccess.REALM + "\", charset=\"UTF-8\"");
                MethodFilter.sendLine(out, HttpServletResponse.SC_UNAUTHORIZED, null,
                        check.verdict() == UpdateAccess.Verdict.ANONYMOUS
                                ? "updates need a user name and password (HTTP Basic)"
                                : "unknown user or wrong password");
                return true;
        }
    }

    /**
     * A refusal that leaves the request's body unread ends the connection ({@code Connection:
     * close}), so that neither side mistakes the rest of the body for the next request.
     */
    private static void closeIfBodyUnread(HttpServletRequest http, HttpServletResponse out) {
        MethodFilter.closeIfBodyUnread(http, out);
    }

    /**
     * True for what anyone may do: GET, HEAD, OPTIONS without update parameters, and a POST that is
     * a SPARQL query. {@code mayReadForm} false: a form body is not parsed (the size is not checked yet).
     */
    static boolean isRead(HttpServletRequest http, boolean mayReadForm) {
        String method = http.getMethod().toUpperCase(Locale.ROOT);
        String qs = http.getQueryString() == null ? "" : http.getQueryString();
        boolean updateInUrl = hasParam(qs, "update") || hasParam(qs, "request");
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return !updateInUrl;
        }
        if (!method.equals("POST") || updateInUrl) {
            return false;
        }
        String type = contentType(http);
        if (type.equals("application/sparql-query")) {
            return true;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            if (!mayReadForm) {
                return false;
            }
            return http.getParameter("query") != null && http.getParameter("update") == null && http.getParameter("request") == null;
        }
        // a POST with a query in the URL and no body of a known kind is a query too
        return type.isEmpty() && hasParam(qs, "query") && http.getContentLengthLong() <= 0;
    }

    private static boolean hasParam(String queryString, String name) {
        for (String pair : queryString.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String contentType(HttpServletRequest http) {
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        int semi = type.indexOf(';');
        return (semi >= 0 ? type.substring(0, semi) : type).strip();
    }

    private static boolean isPost(HttpServletRequest http) {
        return http.getMethod().equalsIgnoreCase("POST");
    }

    private static boolean isForm(HttpServletRequest http) {
        return contentType(http).equals("application/x-www-form-urlencoded");
    }

    private static boolean hasBody(HttpServletRequest http) {
        String method = http.getMethod().toUpperCase(Locale.ROOT);
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** The whole stream if it holds at most {@code limit} bytes, else null. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    /** The request as the authenticated user (Fuseki reads the user from {@code getRemoteUser}). */
    private static final class AsUser extends HttpServletRequestWrapper {
        private final String user;

        AsUser(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public String getAuthType() {
            return HttpServletRequest.BASIC_AUTH;
        }
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("blocking reads only");
                }
            };
        }
    }
}
