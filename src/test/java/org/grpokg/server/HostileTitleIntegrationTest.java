package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.grpokg.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title and a short name made to break pages (a script element, quotes, a table pipe,
 * right-to-left override) show as text on every page that shows them: escaped, never markup.
 */
class HostileTitleIntegrationTest {

    /** As the graph holds it, after Markdown's backslash escapes. */
    // the overrides are closed (U+202C): an unclosed one is an input error (docs/decisions/0015-strict-input.md)
    static final String TITLE = "<script>alert(1)</script> \"Aha\" | it's \u202Egnp.exe\u202C";
    static final String NAME = "<img src=x onerror=alert(2)>\u202E\u202C";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServedGraph served;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestPaths.copyOfData();
        Path catalogue = data.resolve("catalogue.md");
        String md = Files.readString(catalogue, StandardCharsets.UTF_8);
        String original = "[R1-Zero's \"Aha Moment\" in Visual Reasoning on a 2B Non-SFT Model](https://arxiv.org/abs/2503.05132)";
        assertTrue(md.contains(original));
        md = md.replace(original, "[\\<script>alert(1)\\</script> \"Aha\" \\| it's \u202Egnp.exe\u202C](https://arxiv.org/abs/2503.05132)");
        Files.writeString(catalogue, md, StandardCharsets.UTF_8);
        Path entry = data.resolve("entries").resolve("2503.05132.yaml");
        String yaml = Files.readString(entry, StandardCharsets.UTF_8).replace("name: VisualThinker-R1-Zero",
                "name: \"<img src=x onerror=alert(2)>\\u202E\\u202C\"");
        Files.writeString(entry, yaml, StandardCharsets.UTF_8);
        served = ServedGraph.of(data, "hostile-");
        server = served.server();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/entry/arxiv/2503.05132", "", "?baseModel=Qwen/Qwen2-VL-2B", "search?q=aha",
        "id/model/Qwen/Qwen2-VL-2B", "id/algorithm/grpo", "timeline", "lineage"})
    void hostileTextIsEscapedText(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertFalse(page.contains("<script>alert(1)"), "no script element from the data");
        assertFalse(page.contains("<img src=x"), "no image element from the data");
        boolean title = page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Aha&quot; | it&#39;s \u202Egnp.exe");
        boolean name = page.contains("&lt;img src&#61;x onerror&#61;alert(2)&gt;\u202E");
        assertTrue(title || name, "the title or the short name shows, escaped:\n" + page);
        // right-to-left text stays isolated in its own element
        // right-to-left text in the body stays isolated in its own element (class "text": unicode-bidi: isolate)
        for (int rtl = page.indexOf('\u202E', page.indexOf("<body")); rtl >= 0; rtl = page.indexOf('\u202E', rtl + 1)) {
            int open = page.lastIndexOf('<', rtl);
            String tag = page.substring(open, page.indexOf('>', open) + 1);
            assertTrue(tag.matches("<[a-z0-9]+ [^>]*class=\"[^\"]*\\btext\\b[^\"]*\".*"), "RTL text inside a .text element, not in " + tag);
        }
    }
}
