package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real list in ../shared/lists/ keeps at least 95% of the distinct arXiv ids it links, measured
 * twice: by the importer's own report, and here, independently, with a regular expression of this test
 * over the raw file compared with the ids of the entries read. Fails when either drops below 95%.
 */
class ArxivRecallIntegrationTest {

    private static final Path LISTS = Path.of("../shared/lists");
    private static final double FLOOR = 0.95;
    /** This test's own idea of an arXiv link: arXiv, alphaXiv, Hugging Face paper pages, arXiv DOIs. */
    private static final Pattern ARXIV = Pattern.compile("(?i)(?:arxiv\\.org/(?:abs|pdf|html)/|alphaxiv\\.org/(?:abs|overview)/"
            + "|huggingface\\.co/papers/|doi\\.org/10\\.48550/arxiv\\.)(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[a-z]{2})?/\\d{7})");

    static Stream<Path> lists() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LISTS), "skipped: " + LISTS.toAbsolutePath().normalize()
                + " is absent (the real awesome lists are shared beside the repository, not in it)");
        try (Stream<Path> s = Files.list(LISTS)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".md") && p.getFileName().toString().contains("+"))
                    .sorted().toList();
            Assumptions.assumeTrue(!files.isEmpty(), "skipped: no lists in " + LISTS);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void atLeastNinetyFivePercentOfLinkedArxivPapersAreRead(Path list) throws IOException {
        Map<String, Integer> linked = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(list);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ARXIV.matcher(lines.get(i));
            while (m.find()) {
                linked.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), i + 1);
            }
        }
        ImportRun run = ImportRun.of(list);
        Set<String> read = run.entries().stream().filter(e -> e.arxivId() != null)
                .map(e -> e.arxivId().id().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(linked.keySet());
        missed.removeAll(read);
        double independent = 1.0 - (double) missed.size() / linked.size();
        String why = list.getFileName() + ": " + (linked.size() - missed.size()) + " of " + linked.size() + " read; missed "
                + missed.stream().map(id -> id + " (line " + linked.get(id) + ")").toList();
        assertTrue(independent >= FLOOR, "independent count: " + why);
        assertTrue(run.summary().arxivRecall() >= FLOOR, "the importer's own count: " + run.summary());
        assertEquals(linked.size(), run.summary().arxivLinked(), "both counts find the same ids linked: " + why);
        assertEquals(linked.size() - missed.size(), run.summary().arxivRead(), "both counts find the same ids read: " + why);
        assertTrue(run.text().contains("arXiv coverage: "), "the report ends with the measure");
    }
}
