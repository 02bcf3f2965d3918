package org.grpokg.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The lineage picture and the timeline as a person uses them, in headless Chromium. */
@Tag("browser")
@Tag("slow")
@ExtendWith(BrowserExtension.class)
class LineageBrowserIntegrationTest {

    private static final String PAPER = "https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132";

    /** Opens /lineage and waits until the script reports the layout done. */
    private static WebElement drawnGraph(Browser browser) {
        browser.open("lineage");
        WebElement graph = browser.waitForElement(By.cssSelector("#lineage-graph[data-ready=true]"));
        return graph;
    }

    @Test
    void theGraphIsDrawnWithEveryNodeOfTheJson(Browser browser) throws Exception {
        WebElement graph = drawnGraph(browser);
        int expected = JSON.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("lineage.json"))).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("nodes").getAsArray().size();
        assertTrue(expected > 16, "entries, code bases and models: " + expected);
        assertEquals(String.valueOf(expected), graph.getAttribute("data-node-count"));
        assertFalse(graph.findElements(By.tagName("canvas")).isEmpty(), "Cytoscape.js drew on its canvas");
        Number rendered = (Number) browser.script("return window.grpoLineage.nodes().filter(n => n.renderedBoundingBox().w > 0).length");
        assertEquals(expected, rendered.intValue(), "every node has a place on screen");
        assertTrue(browser.driver().findElement(By.id("lineage-status")).getText().contains(expected + " nodes"));
        browser.screenshot("lineage");
    }

    @Test
    void hidingReleasedModelsLeavesEntriesAndBaseModels(Browser browser) {
        drawnGraph(browser);
        long before = ((Number) browser.script("return window.grpoLineage.nodes(':visible').length")).longValue();
        browser.driver().findElement(By.id("lineage-released")).click();
        long after = ((Number) browser.script("return window.grpoLineage.nodes(':visible').length")).longValue();
        long released = ((Number) browser.script("return window.grpoLineage.nodes('[?released]').length")).longValue();
        assertTrue(released > 0);
        assertEquals(before - released, after);
    }

    @Test
    void clickingANodeOpensItsPage(Browser browser) {
        WebElement graph = drawnGraph(browser);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script("""
                const cy = window.grpoLineage, node = cy.getElementById(arguments[0]);
                cy.zoom(1.5); cy.center(node);
                const p = node.renderedPosition();
                return {x: p.x, y: p.y, w: cy.container().clientWidth, h: cy.container().clientHeight};""", PAPER);
        new Actions(browser.driver())
                .moveToElement(graph, (int) (at.get("x").doubleValue() - at.get("w").doubleValue() / 2),
                        (int) (at.get("y").doubleValue() - at.get("h").doubleValue() / 2))
                .click().perform();
        browser.waitFor(d -> browser.currentPath().equals("/id/entry/arxiv/2503.05132"));
        WebElement h1 = browser.waitForElement(By.tagName("h1"));
        assertTrue(h1.getText().contains("VisualThinker-R1-Zero") || h1.getText().contains("Aha Moment"), h1.getText());
        browser.screenshot("lineage-node-opened");
    }

    @Test
    void theTimelineShowsMonthsWithBarsAndLinksEachEntry(Browser browser) {
        browser.open("lineage");
        browser.driver().findElement(By.cssSelector("header.site nav a[href='/timeline']")).click();
        browser.waitFor(d -> browser.currentPath().equals("/timeline"));
        List<WebElement> periods = browser.driver().findElements(By.cssSelector("ol.timeline > li.period"));
        assertFalse(periods.isEmpty());
        WebElement march = browser.driver().findElement(By.id("period-2025-03"));
        assertTrue(march.getText().contains("March 2025"), march.getText());
        int barWidth = march.findElement(By.className("bar")).getRect().getWidth();
        assertTrue(barWidth > 50, "the fullest month has a long bar: " + barWidth);
        browser.screenshot("timeline");
        march.findElement(By.linkText("VisualThinker-R1-Zero")).click();
        browser.waitFor(d -> browser.currentPath().equals("/id/entry/arxiv/2503.05132"));
    }
}
