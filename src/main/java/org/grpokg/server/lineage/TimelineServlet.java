package org.grpokg.server.lineage;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.server.PageRenderer;

/** {@code /timeline}: entries by month of issue, a bar per month, undated entries apart (template {@code pages/timeline}). */
final class TimelineServlet extends HttpServlet {

    private final transient DatasetGraph dsg;

    TimelineServlet(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageRenderer.get().send(resp, HttpServletResponse.SC_OK, "timeline", model(Timeline.read(dsg)));
    }

    static Map<String, Object> model(Timeline timeline) {
        return Map.of(
                "title", "Timeline",
                "timeline", timeline,
                "dated", timeline.datedCount(),
                "undatedCount", timeline.undated().size(),
                "hasUndated", !timeline.undated().isEmpty());
    }
}
