package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Fuseki UI as a browser runs it: headless Chromium renders the single-page app, which
 * calls /$/server and /$/stats, and the rendered page must list the dataset and its endpoints.
 * Runs where Chromium is installed (Debian package chromium); skipped elsewhere, since the
 * quick start asks only for a JDK and Maven.
 */
@Tag("browser")
@Tag("slow")
class UiBrowserIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Dataset dataset;
    private static KgServer server;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: browser test skipped");
        Workspace ws = Workspace.of(TestPaths.DATA, TestPaths.tempDir("ui-").resolve("store"));
        ws.build();
        dataset = ws.kgStore().open();
        server = KgServer.start(dataset.asDatasetGraph(), 0, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            KgStore.release(dataset);
        }
    }

    /** The DOM after the app has run (Chromium's --dump-dom with a virtual time budget). */
    private static String render(String url) throws Exception {
        Path profile = TestPaths.tempDir("chromium-");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=8000", "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        return dom;
    }

    @Test
    void homePageListsTheDataset() throws Exception {
        String dom = render(server.baseUrl() + "ui/");
        assertTrue(dom.contains("role=\"cell\">/kg</td>"), "the dataset table has a row for /kg");
    }

    @Test
    void infoPageShowsTheReadOnlyServices() throws Exception {
        String dom = render(server.baseUrl() + "ui/#/dataset/kg/info");
        assertTrue(dom.contains("/kg/sparql") && dom.contains("/kg/query") && dom.contains("/kg/get"), "services from /$/server");
        assertTrue(!dom.contains("/kg/update"), "no update endpoint");
    }
}
