package org.grpokg.server.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** server/lineage.rq and the graph made of its rows, on a small in-memory graph. */
class LineageGraphUnitTest {

    private static final String ID = "https://w3id.org/grpo-kg/id/";

    private static LineageGraph read(String turtle) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX gkg: <https://w3id.org/grpo-kg/ontology#>
                PREFIX fair4ml: <https://w3id.org/fair4ml#>
                PREFIX schema: <https://schema.org/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX id: <https://w3id.org/grpo-kg/id/>
                """ + turtle, Lang.TURTLE).parse(dsg);
        return LineageGraph.read(dsg);
    }

    private static Map<String, LineageGraph.Node> byIri(LineageGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(LineageGraph.Node::iri, Function.identity()));
    }

    @Test
    void entriesCodeBasesAndModelsBecomeNodesOfTheirKindWithTheirLinks() {
        LineageGraph g = read("""
                id:entry\\/arxiv\\/1 a gkg:Entry ; schema:alternateName "Child" ; dcterms:title "A long title" ;
                    gkg:buildsOn id:entry\\/github\\/o\\/parent, id:repo\\/o\\/lib ;
                    gkg:baseModel id:model\\/Org\\/Base ; gkg:releasesModel id:model\\/Org\\/Tuned .
                id:entry\\/github\\/o\\/parent a gkg:Entry ; dcterms:title "Parent project" .
                id:repo\\/o\\/lib a schema:SoftwareSourceCode ; gkg:githubName "o/lib" .
                id:repo\\/o\\/unrelated a schema:SoftwareSourceCode ; gkg:githubName "o/unrelated" .
                id:model\\/Org\\/Base a fair4ml:MLModel ; rdfs:label "Org/Base" .
                id:model\\/Org\\/Tuned a fair4ml:MLModel ; gkg:huggingFaceId "Org/Tuned" ; fair4ml:fineTunedFrom id:model\\/Org\\/Base .
                """);
        Map<String, LineageGraph.Node> nodes = byIri(g);
        assertEquals(5, nodes.size(), "the unrelated repository is no node: " + nodes.keySet());
        LineageGraph.Node child = nodes.get(ID + "entry/arxiv/1");
        assertEquals("Child", child.label(), "the alternate name wins over the title");
        assertEquals("entry", child.kind());
        assertEquals("/id/entry/arxiv/1", child.path());
        assertEquals("Parent project", nodes.get(ID + "entry/github/o/parent").label());
        assertEquals("repository", nodes.get(ID + "repo/o/lib").kind());
        assertEquals("o/lib", nodes.get(ID + "repo/o/lib").label());
        assertEquals("model", nodes.get(ID + "model/Org/Base").kind());
        assertFalse(nodes.get(ID + "model/Org/Base").released());
        assertTrue(nodes.get(ID + "model/Org/Tuned").released());
        assertEquals("Org/Tuned", nodes.get(ID + "model/Org/Tuned").label());
        assertEquals(5, g.links().size(), g.links().toString());
        assertTrue(g.links().contains(new LineageGraph.Link(ID + "model/Org/Tuned", "fineTunedFrom", ID + "model/Org/Base")));
        assertTrue(g.links().contains(new LineageGraph.Link(ID + "entry/arxiv/1", "buildsOn", ID + "repo/o/lib")));
    }

    @Test
    void anEntryWithoutLinksIsStillANodeAndALinkToAnUntypedThingIsDropped() {
        LineageGraph g = read("""
                id:entry\\/arxiv\\/2 a gkg:Entry ; gkg:buildsOn id:nothing .
                id:entry\\/arxiv\\/3 a gkg:Entry .
                """);
        assertEquals(2, g.nodes().size());
        assertEquals(ID + "entry/arxiv/2", g.nodes().get(0).label(), "no name at all: the IRI is the label");
        assertTrue(g.links().isEmpty(), "no dangling link to an untyped resource");
    }

    @Test
    void theJsonNamesNodesAndLinksForTheScript() {
        LineageGraph g = read("""
                id:entry\\/arxiv\\/1 a gkg:Entry ; schema:alternateName "A <b>\\"quoted\\"</b>" ; gkg:baseModel id:model\\/M .
                id:model\\/M a fair4ml:MLModel ; rdfs:label "M" .
                """);
        String json = g.toJson().toString();
        assertTrue(json.contains("\"kind\" : \"model\""), json);
        assertTrue(json.contains("\"relation\" : \"baseModel\""), json);
        assertTrue(json.contains("\"path\" : \"/id/entry/arxiv/1\""), json);
        String label = JSON.parse(json).get("nodes").getAsArray().get(0).getAsObject().get("label").getAsString().value();
        assertEquals("A <b>\"quoted\"</b>", label, "labels survive the trip through JSON as text");
    }
}
