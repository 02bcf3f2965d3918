package org.grpokg.server.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.grpokg.TestPaths;
import org.grpokg.server.RunningServer;
import org.grpokg.server.ServedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /lineage, /lineage.json, /timeline, /queries and the served graph library, over HTTP on the real data. */
class LineagePagesIntegrationTest {

    private static final String ID = "https://w3id.org/grpo-kg/id/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Dataset dataset;
    private static ServedGraph served;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        served = ServedGraph.of(TestPaths.DATA, "lineage-");
        server = served.server();
        dataset = served.dataset();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theQueriesPageListsTheLibraryWithItsParameters() throws Exception {
        HttpResponse<String> r = get("queries");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("08-entries-on-base-model.rq") && r.body().contains("23-facts-on-third-party-sources-only.rq"), "every query");
        assertTrue(r.body().contains("model (default Qwen/Qwen2-VL-2B-Instruct)"), "a parameter with its default");
        assertTrue(r.body().contains("<code>grpo-kg query 15</code>"), "the command that runs it");
    }

    @Test
    void theJsonHasEveryEntryTheLinksAndKindsAndLabels() throws Exception {
        HttpResponse<String> r = get("lineage.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json = JSON.parse(r.body());
        Map<String, JsonObject> nodes = new HashMap<>();
        for (JsonValue v : json.get("nodes").getAsArray()) {
            nodes.put(v.getAsObject().getString("id"), v.getAsObject());
        }
        assertEquals(16, nodes.values().stream().filter(n -> n.getString("kind").equals("entry")).count(), "every entry is a node");
        JsonObject paper = nodes.get(ID + "entry/arxiv/2503.05132");
        assertEquals("VisualThinker-R1-Zero", paper.getString("label"));
        assertEquals("/id/entry/arxiv/2503.05132", paper.getString("path"));
        assertEquals("repository", nodes.get(ID + "repo/huggingface/open-r1").getString("kind"));
        assertEquals("huggingface/open-r1", nodes.get(ID + "repo/huggingface/open-r1").getString("label"));
        assertEquals("model", nodes.get(ID + "model/Qwen/Qwen2-VL-2B").getString("kind"));
        assertTrue(nodes.get(ID + "model/JZPeterPan/MedVLM-R1").get("released").getAsBoolean().value());

        Set<String> links = new HashSet<>();
        for (JsonValue v : json.get("links").getAsArray()) {
            JsonObject l = v.getAsObject();
            assertTrue(nodes.containsKey(l.getString("source")) && nodes.containsKey(l.getString("target")), "links join drawn nodes: " + l);
            links.add(l.getString("source").replace(ID, "") + " " + l.getString("relation") + " " + l.getString("target").replace(ID, ""));
        }
        assertTrue(links.contains("entry/arxiv/2503.05132 baseModel model/Qwen/Qwen2-VL-2B"), links.toString());
        assertTrue(links.contains("entry/github/om-ai-lab/VLM-R1 buildsOn entry/github/Deep-Agent/R1-V"), links.toString());
        assertTrue(links.contains("model/JZPeterPan/MedVLM-R1 fineTunedFrom model/Qwen/Qwen2-VL-2B-Instruct"), links.toString());
        assertTrue(links.contains("entry/arxiv/2502.19634 releasesModel model/JZPeterPan/MedVLM-R1"), links.toString());
    }

    @Test
    void thePageLoadsTheGraphLibraryAndItsScriptFromThisServer() throws Exception {
        HttpResponse<String> page = get("lineage");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"lineage-graph\" data-source=\"/lineage.json\""), page.body());
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body());
        int found = 0;
        while (scripts.find()) {
            String src = scripts.group(1);
            assertTrue(src.startsWith("/"), "no script from another host: " + src);
            HttpResponse<String> js = get(src.substring(1));
            assertEquals(200, js.statusCode(), src);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), src);
            found++;
        }
        assertTrue(found >= 2, "Cytoscape.js and lineage.js");
        assertTrue(get(LineagePages.CYTOSCAPE.substring(1)).body().contains("cytoscape"), "the library itself");
        assertTrue(page.body().contains("href=\"/id/entry/arxiv/2503.05132\">VisualThinker-R1-Zero</a>"), "the list beside the picture");
    }

    @Test
    void theTimelineGroupsEntriesByMonthAndListsUndatedOnesApart() throws Exception {
        HttpResponse<String> r = get("timeline");
        assertEquals(200, r.statusCode());
        String html = r.body();
        Matcher period = Pattern.compile("id=\"period-2025-03\"[\\s\\S]*?(?=<li class=\"period\"|</ol>)").matcher(html);
        assertTrue(period.find(), html);
        String march = period.group();
        assertTrue(march.contains("<span class=\"period-label\">March 2025</span>"), march);
        assertTrue(march.contains("href=\"/id/entry/arxiv/2503.05132\">VisualThinker-R1-Zero</a>"), "issued 2025-03-07: " + march);

        // every entry once: in its month, or apart when the graph has no date for it
        Set<String> entries = new HashSet<>();
        Matcher links = Pattern.compile("href=\"/id/(entry/[^\"]+)\"").matcher(html);
        while (links.find()) {
            assertTrue(entries.add(links.group(1)), "listed once: " + links.group(1));
        }
        assertEquals(16, entries.size());
        int counted = 0;
        Matcher counts = Pattern.compile("data-count=\"(\\d+)\"").matcher(html);
        while (counts.find()) {
            counted += Integer.parseInt(counts.group(1));
        }
        List<String> undated = undatedEntries();
        assertEquals(16 - undated.size(), counted, "the months count the dated entries");
        String apart = html.contains("id=\"undated\"") ? html.substring(html.indexOf("id=\"undated\"")) : "";
        for (String e : undated) {
            assertTrue(apart.contains("href=\"/id/" + e + "\""), "undated, listed apart: " + e);
        }

        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "timeline"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    private static List<String> undatedEntries() {
        String q = "SELECT ?e { ?e a <https://w3id.org/grpo-kg/ontology#Entry> FILTER NOT EXISTS { ?e <http://purl.org/dc/terms/issued> [] } }";
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.create(q, dataset)) {
                exec.execSelect().forEachRemaining(row -> out.add(row.getResource("e").getURI().replace(ID, "")));
            }
            return out;
        });
    }
}
