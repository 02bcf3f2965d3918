package org.grpokg.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person on the home page, in headless Chromium: filters the catalogue by base model,
 * searches a title, and goes from a paper to its base model and on to another entry on it.
 */
@Tag("browser")
@Tag("slow")
@ExtendWith(BrowserExtension.class)
class HomePageBrowserIntegrationTest {

    private static final String MODEL = "Qwen/Qwen2-VL-7B-Instruct";

    /** The entries whose facts name {@link #MODEL} as base model, read from data/ without the server. */
    private static long entriesOnModel() {
        org.grpokg.model.CatalogueData data = new org.grpokg.catalogue.DataReader().read(org.grpokg.TestPaths.DATA);
        return data.facts().values().stream()
                .filter(f -> f.baseModels().stream().anyMatch(m -> m.value().equals(MODEL))).count();
    }

    private static List<WebElement> catalogueRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.catalogue tbody tr"));
    }

    private static void filterByBaseModel(Browser browser) {
        browser.open("");
        int all = catalogueRows(browser).size();
        new Select(browser.driver().findElement(By.cssSelector("form.filters select[name=baseModel]"))).selectByValue(MODEL);
        browser.click(browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")));
        browser.waitFor(d -> browser.currentPath().contains("baseModel="));
        assertTrue(catalogueRows(browser).size() < all, "the filter narrows the table");
    }

    @Test
    void filteringByBaseModelKeepsTheEntriesOnThatModel(Browser browser) {
        filterByBaseModel(browser);
        List<WebElement> rows = catalogueRows(browser);
        assertTrue(entriesOnModel() >= 2, "DeepPerception and R1-VL (and others) train " + MODEL);
        assertEquals(entriesOnModel(), rows.size(), "one row per entry on " + MODEL);
        for (WebElement row : rows) {
            assertTrue(row.getText().contains(MODEL), row.getText());
        }
        assertEquals(MODEL, new Select(browser.driver().findElement(By.cssSelector("select[name=baseModel]")))
                .getFirstSelectedOption().getAttribute("value"), "the form keeps the choice");
        browser.screenshot("home-filtered");
    }

    @Test
    void searchingATitleFindsThePaper(Browser browser) {
        browser.open("");
        WebElement box = browser.driver().findElement(By.cssSelector("header.site input[name=q]"));
        box.sendKeys("Aha Moment in Visual Reasoning");
        box.submit();
        browser.waitFor(d -> browser.currentPath().startsWith("/search?"));
        WebElement hit = browser.waitForElement(By.cssSelector("ul.hits a[href='/id/entry/arxiv/2503.05132']"));
        browser.screenshot("search");
        browser.click(hit);
        browser.waitFor(d -> browser.currentPath().equals("/id/entry/arxiv/2503.05132"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Aha Moment"));
    }

    @Test
    void fromAPaperToItsBaseModelAndOnToAnotherEntryOnIt(Browser browser) {
        filterByBaseModel(browser);
        browser.click(browser.driver().findElement(By.cssSelector("table.catalogue a[href='/id/entry/arxiv/2503.12797']")));
        browser.waitFor(d -> browser.currentPath().equals("/id/entry/arxiv/2503.12797"));

        browser.click(browser.driver().findElement(By.cssSelector("table.props a[href='/id/model/" + MODEL + "']")));
        browser.waitFor(d -> browser.currentPath().equals("/id/model/" + MODEL));
        assertEquals(MODEL, browser.driver().findElement(By.tagName("h1")).getText().trim());
        browser.screenshot("base-model");

        WebElement onThisModel = browser.driver().findElements(By.cssSelector("section.incoming h3")).stream()
                .filter(h -> h.getText().startsWith("Entries on this base model")).findFirst().orElseThrow();
        List<WebElement> others = onThisModel.findElements(By.xpath("following-sibling::ul[1]/li/a")).stream()
                .filter(a -> !a.getAttribute("href").endsWith("/id/entry/arxiv/2503.12797")).toList();
        assertEquals(entriesOnModel() - 1, others.size(), "every other entry on this model is listed");
        browser.click(others.stream().filter(a -> a.getAttribute("href").endsWith("/id/entry/arxiv/2503.12937"))
                .findFirst().orElseThrow(() -> new AssertionError("R1-VL is among them")));
        browser.waitFor(d -> browser.currentPath().equals("/id/entry/arxiv/2503.12937"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("R1-VL"));
    }
}
