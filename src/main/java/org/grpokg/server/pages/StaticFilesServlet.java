package org.grpokg.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from classpath folders, read-only: {@code /static/style.css} from
 * {@code static/style.css} ({@code src/main/resources/static/}), and anything a WebJar ships
 * ({@code /static/webjars/NAME/VERSION/FILE} from {@code META-INF/resources/webjars/...}). Nothing
 * is fetched from elsewhere: the pages work offline.
 */
public final class StaticFilesServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final List<String> roots;

    /** {@code roots}: classpath folders tried in order, e.g. {@code "static/"}, {@code "META-INF/resources/"}. */
    public StaticFilesServlet(String... roots) {
        this.roots = List.of(roots);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        byte[] body = path == null ? null : read(path.substring(1));
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(typeOf(path));
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The file's bytes, or null when it is not there or the path tries to leave the folder. */
    byte[] read(String relative) throws IOException {
        if (relative.isEmpty() || relative.endsWith("/") || relative.contains("..") || relative.contains("\\")
                || relative.startsWith("/") || !relative.substring(relative.lastIndexOf('/') + 1).contains(".")) {
            // no folders (a file: classpath would list them), nothing outside the roots
            return null;
        }
        ClassLoader loader = StaticFilesServlet.class.getClassLoader();
        for (String root : roots) {
            try (InputStream in = loader.getResourceAsStream(root + relative)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    static String typeOf(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
