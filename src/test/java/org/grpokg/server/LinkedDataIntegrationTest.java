package org.grpokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.grpokg.TestPaths;
import org.grpokg.rdf.GKG;
import org.grpokg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The graph's IRIs answered on a running server: content negotiation, 404, 406, HEAD, the pages' content. */
class LinkedDataIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ID = "https://w3id.org/grpo-kg/id/";
    private static final String PAPER = ID + "entry/arxiv/2503.05132";
    private static final String MODEL = ID + "model/Qwen/Qwen2-VL-2B";
    private static final String[] MEDIA_TYPES = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"};

    private static ServedGraph served;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        served = ServedGraph.of(TestPaths.DATA, "ld-");
        server = served.server();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Each kind of resource with one triple its description must hold. */
    static Stream<Arguments> resources() {
        Triple paperTitle = Triple.create(iri(PAPER), DCTerms.title.asNode(),
                NodeFactory.createLiteralString("R1-Zero's \"Aha Moment\" in Visual Reasoning on a 2B Non-SFT Model"));
        Triple repo = Triple.create(iri(ID + "repo/turningpoint-ai/VisualThinker-R1-Zero"), GKG.githubName.asNode(),
                NodeFactory.createLiteralString("turningpoint-ai/VisualThinker-R1-Zero"));
        // a base model's description holds what links to it, and the linking entry's label
        Triple modelUsedBy = Triple.create(iri(PAPER), GKG.baseModel.asNode(), iri(MODEL));
        Triple algorithm = Triple.create(iri(ID + "algorithm/grpo"), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("GRPO", "en"));
        Triple person = Triple.create(iri(ID + "person/hengguang-zhou"), Vocab.Schema.name.asNode(), NodeFactory.createLiteralString("Hengguang Zhou"));
        Triple term = Triple.create(GKG.buildsOn.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("builds on", "en"));
        return Stream.of(
                Arguments.of("/id/entry/arxiv/2503.05132", paperTitle),
                Arguments.of("/id/repo/turningpoint-ai/VisualThinker-R1-Zero", repo),
                Arguments.of("/id/model/Qwen/Qwen2-VL-2B", modelUsedBy),
                Arguments.of("/id/algorithm/grpo", algorithm),
                Arguments.of("/id/person/hengguang-zhou", person),
                Arguments.of("/ontology", term));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void everyRdfMediaTypeReturnsAParsableDescriptionHoldingTheExpectedTriple(String path, Triple expected) throws Exception {
        for (String type : MEDIA_TYPES) {
            HttpResponse<String> r = get(path, type);
            assertEquals(200, r.statusCode(), path + " as " + type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Model m = ModelFactory.createDefaultModel();
            Lang lang = RDFLanguages.contentTypeToLang(type);
            RDFParser.fromString(r.body()).lang(lang).base("http://base.invalid/").parse(m);
            assertTrue(m.getGraph().contains(expected), path + " as " + type + " lacks " + expected + ":\n" + r.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void htmlIsAPageOfTheResource(String path, Triple expected) throws Exception {
        HttpResponse<String> r = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<h1"), r.body());
        assertTrue(r.body().contains("/ui/#/dataset/kg/query?query"), "a link to the Fuseki UI with a query");
    }

    @Test
    void descriptionsCarryTheLabelsAndTypesOfLinkedResources() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("/id/entry/arxiv/2503.05132", "text/turtle").body()).lang(Lang.TURTLE).parse(m);
        Node model = iri(MODEL);
        assertTrue(m.getGraph().contains(model, GKG.huggingFaceId.asNode(), NodeFactory.createLiteralString("Qwen/Qwen2-VL-2B")));
        assertTrue(m.getGraph().contains(model, RDF.type.asNode(), Vocab.Fair4ML.MLModel.asNode()));
    }

    @Test
    void qualityValuesDecide() throws Exception {
        HttpResponse<String> r = get("/id/algorithm/grpo", "text/html;q=0.4, text/turtle;q=0.9, application/ld+json;q=0.5");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> html = get("/id/algorithm/grpo", "text/turtle;q=0, */*");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "q=0 refuses Turtle");
        assertTrue(get("/id/algorithm/grpo", null).headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        HttpResponse<String> r = get("/id/algorithm/grpo?format=nt", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertEquals(406, get("/id/algorithm/grpo?format=pdf", null).statusCode());
    }

    @Test
    void unknownIriIs404WithAPageOrPlainText() throws Exception {
        HttpResponse<String> page = get("/id/entry/arxiv/9999.99999", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not found") && page.body().contains("https://w3id.org/grpo-kg/id/entry/arxiv/9999.99999"));
        HttpResponse<String> rdf = get("/id/entry/arxiv/9999.99999", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertTrue(rdf.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void unsupportedTypeIs406() throws Exception {
        HttpResponse<String> r = get("/id/entry/arxiv/2503.05132", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), "says what is available");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/model/Qwen/Qwen2-VL-2B"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("", head.body());
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/model/nobody/nothing"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void percentEncodingDifferentFromOursStillFindsTheResource() throws Exception {
        // %2D is '-', which the IRI has unescaped
        HttpResponse<String> r = get("/id/model/Qwen/Qwen2%2DVL-2B", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Qwen/Qwen2-VL-2B"));
    }

    @Test
    void paperPageShowsLinksByLabelSourcesAndExternalLinks() throws Exception {
        String page = get("/id/entry/arxiv/2503.05132", "text/html").body();
        assertTrue(page.contains("href=\"/id/model/Qwen/Qwen2-VL-2B\""), "base model linked locally");
        assertTrue(page.contains(">GRPO</a>"), "algorithm linked by its label");
        assertFalse(page.contains("href=\"https://w3id.org/grpo-kg/id/"), "no canonical IRIs as links");
        assertTrue(page.contains("href=\"https://arxiv.org/abs/2503.05132\""));
        assertTrue(page.contains("href=\"https://github.com/turningpoint-ai/VisualThinker-R1-Zero\""));
        assertTrue(page.contains("source: <a href=\"https://github.com/turningpoint-ai/VisualThinker-R1-Zero/blob/"), "the source of a fact");
    }

    @Test
    void modelPageGroupsIncomingLinksAndLinksToHuggingFace() throws Exception {
        String page = get("/id/model/Qwen/Qwen2-VL-2B", "text/html").body();
        assertTrue(page.contains("Entries on this base model"), page);
        assertTrue(page.contains("href=\"/id/entry/arxiv/2503.05132\""));
        assertTrue(page.contains("href=\"https://huggingface.co/Qwen/Qwen2-VL-2B\""));
        String base = get("/id/entry/github/EvolvingLMMs-Lab/open-r1-multimodal", "text/html").body();
        assertTrue(base.contains("Built on by"), base);
    }

    @Test
    void correctionsAreShown() throws Exception {
        String page = get("/id/entry/arxiv/2503.12797", "text/html").body();
        assertTrue(page.contains("Corrections to the catalogue"), page);
    }

    @Test
    void aRepositoryWrittenInAnotherCaseRedirectsToTheGraphsSpelling() throws Exception {
        var repo = get("/id/repo/deep-agent/r1-v", "text/turtle");
        assertEquals(301, repo.statusCode());
        assertEquals("/id/repo/Deep-Agent/R1-V", repo.headers().firstValue("Location").orElseThrow());
        var entry = get("/id/entry/github/DEEP-AGENT/R1-v", "text/html");
        assertEquals(301, entry.statusCode());
        assertEquals("/id/entry/github/Deep-Agent/R1-V", entry.headers().firstValue("Location").orElseThrow());
        assertEquals(404, get("/id/repo/deep-agent/r1-w", "text/turtle").statusCode(), "another repository is still unknown");
    }

    @Test
    void reusedTermsAreShownByLabelNotByLocalName() throws Exception {
        String page = get("/id/record/arxiv/2502.19634", "text/html").body();
        assertTrue(page.contains(">about<") && !page.contains(">primaryTopic<"), "foaf:primaryTopic shown as 'about'");
        assertTrue(get("/id/entry/arxiv/2503.05132", "text/html").body().contains(">short name<"), "schema:alternateName");
    }

    @Test
    void theOntologysVersionIriLeadsToTheOntology() throws Exception {
        String version = org.grpokg.rdf.OntologyFiles.ontology().getResource(org.grpokg.rdf.Iris.ontology())
                .getPropertyResourceValue(org.apache.jena.vocabulary.OWL2.versionIRI).getURI();
        var r = get(version.substring(org.grpokg.rdf.Iris.SITE.length() - 1), "text/turtle");
        assertEquals(302, r.statusCode());
        assertEquals("/ontology", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void ontologyPageHasAnAnchorPerTerm() throws Exception {
        String page = get("/ontology", "text/html").body();
        assertTrue(page.contains("id=\"buildsOn\""), "anchor for gkg:buildsOn");
        assertTrue(page.contains("id=\"Paper\""), "anchor for gkg:Paper");
    }

    @Test
    void termLinksPointIntoTheOntologyPage() throws Exception {
        String page = get("/id/entry/arxiv/2503.05132", "text/html").body();
        assertTrue(page.contains("href=\"/ontology#baseModel\""), "property linked to its term's anchor");
    }
}
