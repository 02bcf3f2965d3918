package org.grpokg.server.pages;

import org.grpokg.server.PageRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki UI (the Vue app in the classpath folder {@code webapp/} of jena-fuseki-ui) at
 * {@code /ui/}. Its index.html gets one more script, {@code /static/fuseki-ui-links.js}, which
 * opens the graph's own IRIs on this server and says plainly that the write views cannot write.
 *
 * <p>The app calls the server at paths relative to the page's own path ({@code /ui/$/ping},
 * {@code /ui/kg/sparql}); those are redirected with 307 (method and body kept) to
 * {@code /$/ping} and {@code /kg/sparql}. See docs/decisions/0007-browsing.md.
 */
public final class FusekiUiServlet extends HttpServlet {

    public static final String PATH = "/ui/";
    static final String SCRIPT = "<script src=\"/static/fuseki-ui-links.js\"></script>";

    private final StaticFilesServlet files = new StaticFilesServlet("webapp/");

    public static boolean available() {
        return FusekiUiServlet.class.getClassLoader().getResource("webapp/index.html") != null;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(PATH);
            return;
        }
        if (path.startsWith("/$/") || path.startsWith("/kg")) {
            // the app's calls to the server: keep the method and body (307), drop the /ui prefix
            String q = req.getQueryString();
            resp.setStatus(307);
            resp.setHeader("Location", path + (q == null ? "" : "?" + q));
            return;
        }
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            sendIndex(resp);
            return;
        }
        byte[] body = files.read(path.substring(1));
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(StaticFilesServlet.typeOf(path));
        // file names carry a content hash: cache them long
        resp.setHeader("Cache-Control", path.startsWith("/static/") ? "max-age=86400" : "max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void sendIndex(HttpServletResponse resp) throws IOException {
        byte[] raw = files.read("index.html");
        if (raw == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the Fuseki UI is not on the classpath");
            return;
        }
        byte[] body = withScript(new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        resp.setContentType(PageRenderer.HTML);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The UI's index.html with our script in its head, before the app's own module script. */
    static String withScript(String index) {
        int head = index.indexOf("</head>");
        return head < 0 ? index + SCRIPT : index.substring(0, head) + SCRIPT + "\n  " + index.substring(head);
    }
}
