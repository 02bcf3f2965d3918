package org.grpokg.server.pages;

import org.grpokg.server.PageRenderer;
import java.io.IOException;
import java.util.List;

import org.grpokg.query.LibraryQuery;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.grpokg.server.ld.ServerQueries;

/** The query library at {@code /queries}: each query's summary, question and text, with a link that opens it in the Fuseki UI. */
public final class QueriesServlet extends HttpServlet {

    private final Site site;

    public QueriesServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "queries",
                Map.of("title", "Queries", "queries", model(site.queries())));
    }

    static List<Map<String, Object>> model(List<LibraryQuery> queries) {
        return queries.stream().map(q -> Map.<String, Object>of("file", q.file(), "summary", q.summary(),
                "question", q.question(), "tags", q.tags(), "text", q.text(), "command", "grpo-kg query " + q.number(), "hasParams", !q.params().isEmpty(),
                "params", q.params().stream().map(p -> p.name() + " (default " + p.defaultValue() + "): " + p.description()).toList(),
                "uiHref", ServerQueries.fusekiUiLink(q.text()))).toList();
    }
}
