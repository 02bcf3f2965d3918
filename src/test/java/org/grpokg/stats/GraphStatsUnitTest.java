package org.grpokg.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.api.Test;

/** The statistics of the project's data, and their bar charts. */
class GraphStatsUnitTest {

    private static final List<Tally> TALLIES = GraphStats.of(GraphBuilder.graph(TestPaths.DATA).asDatasetGraph());

    private static Tally tally(String heading) {
        return TALLIES.stream().filter(t -> t.heading().equals(heading)).findFirst().orElseThrow();
    }

    @Test
    void countsPerKindAlgorithmModelDomainAndMonth() {
        assertEquals(List.of(new Tally.Count("paper", 12), new Tally.Count("repository", 3), new Tally.Count("survey", 1)),
                tally("Entries by kind").counts());
        assertEquals(new Tally.Count("GRPO", 12), tally("Entries by algorithm").counts().get(0));
        assertTrue(tally("Entries by base model").counts().contains(new Tally.Count("Qwen/Qwen2-VL-2B-Instruct", 5)));
        assertTrue(tally("Entries by domain").counts().contains(new Tally.Count("medical", 3)));
        List<String> months = tally("Entries by month of issue").counts().stream().map(Tally.Count::label).toList();
        assertEquals(months.stream().sorted().toList(), months, "chronological");
        assertEquals(16, tally("Entries by month of issue").counts().stream().mapToLong(Tally.Count::n).sum());
    }

    @Test
    void barsAreScaledAndWidthLimited() {
        String chart = BarChart.render(List.of(new Tally("T", List.of(new Tally.Count("a".repeat(80), 100),
                new Tally.Count("b", 1), new Tally.Count("c", 0)))), true);
        List<String> lines = chart.lines().toList();
        assertEquals("T", lines.get(0));
        assertEquals("  " + "a".repeat(BarChart.LABEL_WIDTH - 1) + "\u2026  " + "#".repeat(BarChart.BAR_WIDTH) + " 100", lines.get(1));
        assertTrue(lines.get(2).endsWith("  # 1"), "a count above zero shows one block: " + lines.get(2));
        assertTrue(lines.get(3).endsWith("   0"), lines.get(3));
        assertTrue(lines.stream().allMatch(l -> l.length() <= 2 + BarChart.LABEL_WIDTH + 2 + BarChart.BAR_WIDTH + 8));
        assertTrue(BarChart.render(TALLIES, false).contains("\u2588"));
    }
}
