package org.grpokg.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison table over the project's data, its filters, and its three text forms. */
class ComparisonUnitTest {

    private static DatasetGraph graph;

    @BeforeAll
    static void build() {
        graph = GraphBuilder.graph(TestPaths.DATA).asDatasetGraph();
    }

    private static List<String> names(ComparisonTable t) {
        return t.rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void oneRowPerEntryInCatalogueOrderWithSortedValues() {
        ComparisonTable t = Comparison.table(graph, Facet.DEFAULT, List.of());
        assertEquals(List.of("Entry", "arXiv", "Year", "Algorithms", "Base models", "Domains", "Rewards", "Recipe",
                "Frameworks", "Benchmarks"), t.header());
        assertEquals(16, t.rows().size());
        assertEquals("DeepPerception", t.rows().get(0).get(0), "the catalogue's first line");
        List<String> visualThinker = t.rows().stream().filter(r -> r.get(0).equals("VisualThinker-R1-Zero")).findFirst().orElseThrow();
        assertEquals(List.of("VisualThinker-R1-Zero", "2503.05132", "2025", "GRPO", "Qwen/Qwen2-VL-2B", "spatial reasoning",
                "accuracy reward, format reward, length reward", "R1-Zero style RL, rule-based (verifiable) rewards",
                "DeepSpeed, open-r1, TRL", "CVBench"), visualThinker);
    }

    @Test
    void whereMatchesNarrowerConceptsByKeyOrLabel() {
        List<Facet> by = List.of(Facet.ALGORITHMS);
        ComparisonTable grpo = Comparison.table(graph, by, List.of(Condition.parse("algorithm=grpo")));
        assertTrue(names(grpo).contains("R1-VL"), "StepGRPO is narrower than GRPO");
        assertFalse(names(grpo).contains("LMM-R1"), "PPO and REINFORCE++ only");
        assertEquals(13, grpo.rows().size(), "12 name GRPO, R1-VL StepGRPO");
        assertEquals(grpo, Comparison.table(graph, by, List.of(Condition.parse("algorithms=GRPO"))), "by label, any case");
        ComparisonTable both = Comparison.table(graph, by, List.of(Condition.parse("algorithm=grpo"),
                Condition.parse("baseModel=Qwen/Qwen2-VL-2B")));
        assertEquals(List.of("VisualThinker-R1-Zero"), names(both));
    }

    @Test
    void unknownFacetsAndValuesAreUsersMistakes() {
        assertThrows(CompareException.class, () -> Condition.parse("colour=red"));
        assertThrows(CompareException.class, () -> Condition.parse("algorithm"));
        CompareException e = assertThrows(CompareException.class,
                () -> Comparison.table(graph, Facet.DEFAULT, List.of(Condition.parse("algorithm=grpo\" } #"))));
        assertTrue(e.getMessage().contains("known: dpo, grpo"), e.getMessage());
    }

    private static final ComparisonTable HOSTILE = new ComparisonTable(List.of("Entry", "Notes"),
            List.of(List.of("a|b <script>alert(1)</script>", "x, \"y\"\nz"), List.of("*bold* _it_ `c`", "")));

    private static String text(ComparisonTable t, TableFormat f) {
        StringWriter w = new StringWriter();
        TableWriter.write(t, f, w);
        return w.toString();
    }

    @Test
    void markdownEscapesPipesAndMarkup() {
        List<String> lines = text(HOSTILE, TableFormat.MARKDOWN).lines().toList();
        assertEquals(4, lines.size(), "header, rule, two rows: line breaks in a cell become spaces");
        assertEquals("|---|---|", lines.get(1));
        assertEquals("| a\\|b \\<script\\>alert(1)\\</script\\> | x, \"y\" z |", lines.get(2));
        assertEquals("| \\*bold\\* \\_it\\_ \\`c\\` |  |", lines.get(3));
        for (String l : lines) {
            assertEquals(3, l.replace("\\|", "").chars().filter(c -> c == '|').count(), "two columns: " + l);
        }
    }

    @Test
    void csvFollowsRfc4180() {
        assertEquals("Entry,Notes\r\na|b <script>alert(1)</script>,\"x, \"\"y\"\"\nz\"\r\n*bold* _it_ `c`,\r\n",
                text(HOSTILE, TableFormat.CSV));
    }

    @Test
    void htmlEscapesEveryCell() {
        String html = text(HOSTILE, TableFormat.HTML);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<td>a|b &lt;script&gt;alert(1)&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("<th>Entry</th><th>Notes</th>"), html);
        assertTrue(html.contains("&quot;y&quot;"), html);
    }
}
