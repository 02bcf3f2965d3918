package org.grpokg.server.lineage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grpokg.server.PageRenderer;
import org.junit.jupiter.api.Test;

/** The lineage and timeline templates with hostile labels: they come out as text, never as markup. */
class LineagePagesUnitTest {

    private static final String HOSTILE = "<script>alert('x')</script> \"q\" | \u202Eevil";

    @Test
    void timelineEscapesLabelsTitlesAndDates() {
        Timeline t = Timeline.of(List.of(
                new Timeline.Item("https://w3id.org/grpo-kg/id/entry/arxiv/1", HOSTILE, HOSTILE + " title", "/id/entry/arxiv/1", "2025-03-07"),
                new Timeline.Item("https://w3id.org/grpo-kg/id/entry/arxiv/2", "B\"><img src=x>", null, "/id/entry/arxiv/2", "")));
        String html = PageRenderer.get().render("timeline", TimelineServlet.model(t));
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot; | \u202Eevil"), html);
        assertTrue(html.contains("<a class=\"text\" href=\"/id/entry/arxiv/1\">"), "each entry links to its page");
        assertTrue(html.contains("id=\"period-2025-03\" data-count=\"1\""), html);
        assertTrue(html.contains("id=\"undated\""), "undated entries listed apart");
    }

    @Test
    void lineageListsEscapeLabels() {
        LineageGraph g = new LineageGraph(
                List.of(new LineageGraph.Node("https://w3id.org/grpo-kg/id/entry/arxiv/1", HOSTILE, "entry", "/id/entry/arxiv/1", false),
                        new LineageGraph.Node("https://w3id.org/grpo-kg/id/model/M", "M<b>", "model", "/id/model/M", false)),
                List.of(new LineageGraph.Link("https://w3id.org/grpo-kg/id/entry/arxiv/1", "baseModel", "https://w3id.org/grpo-kg/id/model/M")));
        String html = PageRenderer.get().render("lineage", LineagePageServlet.model(g));
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("base model</span> <a class=\"text\" href=\"/id/model/M\">M&lt;b&gt;</a>"), html);
        assertTrue(html.contains("src=\"" + LineagePages.CYTOSCAPE + "\""), "the page loads the library from this server");
        assertTrue(LineagePages.CYTOSCAPE.matches("/static/webjars/cytoscape/\\d+\\.\\d+\\.\\d+/dist/cytoscape\\.min\\.js"), LineagePages.CYTOSCAPE);
    }
}
