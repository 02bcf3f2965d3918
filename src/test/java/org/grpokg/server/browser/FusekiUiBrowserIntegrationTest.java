package org.grpokg.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Fuseki UI at /ui/ in headless Chromium: the single-page app lists the dataset from
 * /$/server, shows only read-only services, runs a query, and an IRI in its result table opens
 * the resource's page on this server (the script the server adds to the UI rewrites the links).
 */
@Tag("browser")
@Tag("slow")
@ExtendWith(BrowserExtension.class)
class FusekiUiBrowserIntegrationTest {

    private static final String BASE_MODELS = """
            PREFIX gkg: <https://w3id.org/grpo-kg/ontology#>
            SELECT ?model WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:baseModel ?model }""";

    @Test
    void theUiListsTheDataset(Browser browser) {
        browser.open("ui/");
        WebElement cell = browser.waitFor(d -> d.findElements(By.cssSelector("td")).stream()
                .filter(td -> td.getText().trim().equals("/kg")).findFirst().orElse(null));
        assertTrue(cell.isDisplayed());
    }

    @Test
    void theInfoPageShowsOnlyReadOnlyServices(Browser browser) {
        browser.open("ui/#/dataset/kg/info");
        browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("/kg/sparql"));
        String text = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(text.contains("/kg/query") && text.contains("/kg/get"), text);
        assertFalse(text.contains("/kg/update"), "no update endpoint");
    }

    @Test
    void anIriInTheResultsOpensItsPageOnThisServer(Browser browser) {
        browser.open("ui/#/dataset/kg/query?query=" + URLEncoder.encode(BASE_MODELS, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.waitForElement(By.cssSelector(".yasqe_queryButton")).click();
        String model = "https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B";
        WebElement link = browser.waitForElement(By.cssSelector("a.iri[data-canonical-iri='" + model + "']"));
        assertEquals(browser.url("id/model/Qwen/Qwen2-VL-2B"), link.getAttribute("href"), "the link points to this server");
        browser.screenshot("fuseki-ui-results");

        String ui = browser.driver().getWindowHandle();
        Set<String> before = browser.driver().getWindowHandles();
        browser.click(link);
        // the UI opens result links in a new tab (target=_blank); follow it
        browser.waitFor(d -> d.getWindowHandles().size() > before.size()
                || !browser.currentPath().startsWith("/ui/"));
        browser.driver().getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(tab -> browser.driver().switchTo().window(tab));
        try {
            browser.waitFor(d -> browser.currentPath().equals("/id/model/Qwen/Qwen2-VL-2B"));
            assertEquals("Qwen/Qwen2-VL-2B", browser.waitForElement(By.tagName("h1")).getText().trim());
            browser.screenshot("fuseki-ui-link-opened");
        } finally {
            if (!browser.driver().getWindowHandle().equals(ui)) {
                browser.driver().close();
                browser.driver().switchTo().window(ui);
            }
        }
    }
}
