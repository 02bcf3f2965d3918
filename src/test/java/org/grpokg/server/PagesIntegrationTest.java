package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.grpokg.TestPaths;
import org.grpokg.build.Workspace;
import org.grpokg.rdf.GKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page, search, the query library, the dataset description and the Fuseki UI at /ui/, over HTTP. */
class PagesIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String VISUAL_THINKER = "href=\"/id/entry/arxiv/2503.05132\"";
    private static final String VISUAL_RFT = "href=\"/id/entry/arxiv/2503.01785\"";

    private static ServedGraph served;
    private static Dataset dataset;
    private static RunningServer server;
    private static Workspace ws;

    @BeforeAll
    static void start() {
        // served with the index the build wrote into the store folder
        served = ServedGraph.of(TestPaths.DATA, "pages-");
        server = served.server();
        dataset = served.dataset();
        ws = served.workspace();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void homePageListsTheWholeCatalogue() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("16 entries"), r.body());
        assertTrue(r.body().contains(VISUAL_THINKER) && r.body().contains(VISUAL_RFT));
        assertTrue(r.body().contains("00-catalogue-overview.rq"), "the query library");
        assertTrue(r.body().contains("href=\"/kg/get?default\"") && r.body().contains("href=\"/.well-known/void\""));
    }

    @Test
    void filtersByBaseModelAndAlgorithmOnTheServer() throws Exception {
        String page = get("?baseModel=Qwen/Qwen2-VL-2B").body();
        assertTrue(page.contains(VISUAL_THINKER), "the entry on Qwen2-VL-2B");
        assertFalse(page.contains(VISUAL_RFT), "Visual-RFT does not train Qwen2-VL-2B");
        assertTrue(page.contains("<option value=\"Qwen/Qwen2-VL-2B\" selected>"), "the chosen value stays selected");
        String both = get("?algorithm=grpo&kind=survey").body();
        assertTrue(both.contains("No entry matches"), "no survey trains with GRPO");
        String unknown = get("?algorithm=no-such-algorithm").body();
        assertTrue(unknown.contains("No entry matches"));
    }

    @Test
    void searchFindsTitlesNamesAndModelIds() throws Exception {
        String byName = get("search?q=VisualThinker").body();
        assertTrue(byName.contains(VISUAL_THINKER), byName);
        String byId = get("search?q=Qwen/Qwen2-VL-2B").body();
        int first = byId.indexOf("<li><a href=\"");
        assertTrue(first >= 0 && byId.startsWith("<li><a href=\"/id/model/Qwen/Qwen2-VL-2B\"", first), "the exact id first:\n" + byId);
        String prefix = get("search?q=aha+mom").body();
        assertTrue(prefix.contains(VISUAL_THINKER), "the last word as a prefix");
        assertTrue(get("search?q=zzzzqqqq").body().contains("Nothing has"));
    }

    @Test
    void theBuildWritesTheSearchIndexIntoTheStoreFolder() {
        assertTrue(org.grpokg.search.SearchIndex.exists(ws.searchIndex()), ws.searchIndex().toString());
    }

    @Test
    void queryLibraryLinksIntoTheUi() throws Exception {
        String page = get("queries").body();
        assertTrue(page.contains("02-lineage-of-r1-v.rq"));
        assertTrue(page.contains("What grew out of R1-V?"), "the header's question");
        assertTrue(page.contains("href=\"/ui/#/dataset/kg/query?query&#61;"), page);
    }

    @Test
    void datasetDescriptionIsVoidWithClassPartitions() throws Exception {
        HttpResponse<String> ttl = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ".well-known/void"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ttl.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body()).lang(Lang.TURTLE).parse(m);
        Resource ds = m.createResource("https://w3id.org/grpo-kg/.well-known/void#grpo-kg");
        assertTrue(ds.hasProperty(VOID.sparqlEndpoint, m.createResource(server.baseUrl() + "kg/sparql")));
        assertTrue(ds.getProperty(VOID.triples).getLong() > 1000);
        assertTrue(ds.hasProperty(VOID.vocabulary, m.createResource("http://purl.org/dc/terms/")));
        boolean entries = m.listResourcesWithProperty(VOID._class, GKG.Entry).toList().stream()
                .anyMatch(p -> p.getProperty(VOID.entities).getLong() == 16);
        assertTrue(entries, "16 entries in the gkg:Entry partition");
        HttpResponse<String> page = get(".well-known/void");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Entities per class"));
    }

    @Test
    void fusekiUiIsServedAtUiWithTheLinkScriptInjected() throws Exception {
        HttpResponse<String> index = get("ui/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">"), "the UI's page");
        assertTrue(index.body().contains("<script src=\"/static/fuseki-ui-links.js\"></script>"), index.body());
        HttpResponse<String> script = get("static/fuseki-ui-links.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("https://w3id.org/grpo-kg/") && script.body().contains("405"));
        // the app calls /ui/$/... relative to its page: sent on to /$/...
        HttpResponse<String> ping = get("ui/$/ping");
        assertEquals(307, ping.statusCode());
        assertEquals("/$/ping", ping.headers().firstValue("Location").orElse(""));
        assertEquals(301, get("index.html").statusCode(), "the UI's old address moves");
        assertEquals(200, get("static/style.css").statusCode());
        assertEquals(404, get("static/../pages/home.mustache").statusCode());
    }
}
