package org.grpokg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary file keeps every count and label exactly, and a damaged or foreign file is never read as counts. */
class StoreSummaryUnitTest {

    private static StoreSummary sample(org.apache.jena.graph.Node classNode) {
        DatasetDescription d = DatasetDescription.of(1234, 56, 789,
                List.of(new DatasetDescription.ClassCount(classNode, "Paper\twith a tab\nand \\ a backslash", 42)),
                List.of("http://purl.org/dc/terms/"), 17, NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"));
        return new StoreSummary(d, List.of(new FacetCount(NodeFactory.createURI("https://w3id.org/grpo-kg/ontology#usesAlgorithm"),
                NodeFactory.createURI("https://w3id.org/grpo-kg/id/algorithm/grpo"), "GRPO \\t not a tab", 9)));
    }

    @Test
    void everyCountAndLabelSurvivesTheFile(@TempDir Path gen) {
        StoreSummary s = sample(NodeFactory.createURI("https://w3id.org/grpo-kg/ontology#Paper"));
        assertTrue(s.writeInto(gen));
        StoreSummary back = StoreSummary.readFrom(gen).orElseThrow();
        assertEquals(s.text(), back.text());
        assertEquals(1234, back.description().triples());
        assertEquals(17, back.description().properties());
        assertEquals("Paper\twith a tab\nand \\ a backslash", back.description().classes().get(0).label());
        assertEquals("GRPO \\t not a tab", back.facets().get(0).label());
        assertEquals(9, back.facets().get(0).entries());
    }

    @Test
    void aTruncatedForeignOrMissingFileIsNotRead(@TempDir Path gen) throws Exception {
        assertTrue(StoreSummary.readFrom(gen).isEmpty());
        StoreSummary s = sample(NodeFactory.createURI("https://w3id.org/grpo-kg/ontology#Paper"));
        String text = s.text().orElseThrow();
        Files.writeString(gen.resolve(StoreSummary.FILE), text.substring(0, text.indexOf("end")));
        assertTrue(StoreSummary.readFrom(gen).isEmpty(), "no end line: cut short");
        Files.writeString(gen.resolve(StoreSummary.FILE), text.replace("version\t1", "version\t0"));
        assertTrue(StoreSummary.readFrom(gen).isEmpty(), "another version");
        Files.writeString(gen.resolve(StoreSummary.FILE), text.replace("triples\t1234", "triples\tmany"));
        assertTrue(StoreSummary.readFrom(gen).isEmpty(), "damaged");
    }

    @Test
    void countsWithABlankNodeClassAreNotStored(@TempDir Path gen) {
        assertFalse(sample(NodeFactory.createBlankNode()).writeInto(gen));
        assertFalse(Files.exists(gen.resolve(StoreSummary.FILE)));
    }

    @Test
    void deletingRemovesTheFile(@TempDir Path gen) {
        sample(NodeFactory.createURI("https://w3id.org/grpo-kg/ontology#Paper")).writeInto(gen);
        StoreSummary.deleteFrom(gen);
        assertTrue(StoreSummary.readFrom(gen).isEmpty());
        StoreSummary.deleteFrom(gen); // nothing to delete: no error
    }
}
