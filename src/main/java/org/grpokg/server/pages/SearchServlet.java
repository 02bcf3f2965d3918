package org.grpokg.server.pages;

import org.grpokg.server.PageRenderer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.grpokg.search.SearchIndex;
import org.grpokg.server.ld.LocalIris;

/** {@code /search?q=...}: resources whose titles, labels or ids hold the words, from the Lucene index. */
public final class SearchServlet extends HttpServlet {

    static final int LIMIT = 50;
    private static final int MAX_QUERY = 200;

    private final Site site;

    public SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        long start = System.nanoTime();
        List<SearchIndex.Hit> hits = q.isEmpty() ? List.of() : site.search().search(q, LIMIT);
        long micros = (System.nanoTime() - start) / 1000;
        Map<String, Object> model = new HashMap<>();
        model.put("title", q.isEmpty() ? "Search" : "Search: " + q);
        model.put("searchQuery", q);
        model.put("asked", !q.isEmpty());
        model.put("hits", hits.stream().map(h -> Map.of("hitHref", LocalIris.localPath(h.iri()), "hitLabel", h.label(),
                "hitKind", h.kind() == null ? "" : h.kind())).toList());
        model.put("hasHits", !hits.isEmpty());
        model.put("count", hits.size());
        model.put("limit", LIMIT);
        model.put("full", hits.size() == LIMIT);
        model.put("millis", String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0));
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "search", model);
    }
}
