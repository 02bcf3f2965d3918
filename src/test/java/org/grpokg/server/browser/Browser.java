package org.grpokg.server.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.server.KgServer;
import org.grpokg.server.RunningServer;
import org.grpokg.store.KgStore;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, pointed at a server on a
 * free port that serves the real data from a TDB2 store under target/tmp. Both executables are
 * given explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver.
 * One per test run (see {@link BrowserExtension}); {@link #close()} stops the browser, the
 * driver and the server and releases the store.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Held so the setting stays: no CDP bindings are needed, so Selenium's warning that none matches Chromium's version is noise. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Dataset dataset;
    private final RunningServer server;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Dataset dataset, RunningServer server, ChromeDriverService service, ChromeDriver driver) {
        this.dataset = dataset;
        this.server = server;
        this.service = service;
        this.driver = driver;
    }

    /** Null when both are installed, else what is missing (the tests are then skipped with it). */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " is not installed (Debian package chromium): browser tests skipped";
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER + " is not installed (Debian package chromium-driver): browser tests skipped";
        }
        return null;
    }

    static Browser start() {
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("browser-").resolve("store"));
        ws.build();
        Dataset dataset = ws.kgStore().open();
        RunningServer server = null;
        ChromeDriverService service = null;
        try {
            server = KgServer.start(dataset.asDatasetGraph(), 0, true);
            CDP_LOG.setLevel(Level.SEVERE);
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(new File("target/chromedriver.log"))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + TestPaths.tempDir("chromium-profile-").toAbsolutePath(),
                    "--window-size=1400,1200", "--lang=en");
            ChromeDriver driver = new ChromeDriver(service, options);
            return new Browser(dataset, server, service, driver);
        } catch (RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            if (server != null) {
                server.close();
            }
            KgStore.release(dataset);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The server's address for {@code path} (no leading slash), e.g. {@code lineage}. */
    public String url(String path) {
        return server.baseUrl() + path;
    }

    /** Opens {@code path} on the server. */
    public void open(String path) {
        driver.get(url(path));
    }

    /** The path (and hash) of the page the browser shows now, e.g. {@code /id/entry/arxiv/2503.05132}. */
    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(server.baseUrl()) ? url.substring(server.baseUrl().length() - 1) : url;
    }

    /** Waits for a non-null, non-false value; an element that the page re-rendered meanwhile is looked up again. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public WebElement waitForElement(By by) {
        return waitFor(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * Scrolls the element to the middle of the window, then clicks it as a person would; tried
     * again while something still covers it (a page that is still laying itself out).
     */
    public void click(WebElement element) {
        waitFor(d -> {
            script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path to = SCREENSHOTS.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            server.close();
            KgStore.release(dataset);
        }
    }
}
