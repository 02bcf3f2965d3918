package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;
import org.junit.jupiter.api.Test;

/** The importer on small fixtures, one per trap awesome lists set (src/test/resources/import/). */
class ListImporterUnitTest {

    @Test
    void tablesInAnyColumnOrderAndWording() {
        ImportRun run = ImportRun.fixture("tables.md");
        assertEquals(List.of("2501.00001", "2501.00002", "2502.00003", "2502.00004"), run.keys());
        Entry alpha = run.line(9);
        assertEquals("Alpha: Tables With The Date Last", alpha.title());
        assertEquals("2025-01-02", alpha.date().toString());
        assertEquals("a-lab/alpha", alpha.repo().slug());
        Entry beta = run.line(10);
        assertNull(beta.repo(), "'-' in the code column is no repository");
        assertNull(beta.codeUrl(), "a project page column is not the code");
        assertEquals(Map.of("Dataset", "some data"), beta.notes());
        Entry gamma = run.line(16);
        assertEquals("Gamma: Links After A Break", gamma.title());
        assertEquals("2025-02", gamma.date().toString());
        assertEquals("g-lab/gamma", gamma.repo().slug());
        assertEquals(Map.of("RL", "GRPO", "Comment", "good work"), gamma.notes());
        Entry delta = run.line(22);
        assertEquals("Delta", delta.title());
        assertEquals("2025-02-04", delta.date().toString());
        assertEquals("https://www.arxiv.org/abs/2502.00004", delta.paperUrl());
        assertEquals("https://github.com/d-lab/delta/", delta.repoUrl());
        assertEquals(0, run.summary().warnings(), run.text());
    }

    @Test
    void bulletsWithLabelledLinksBoldTitlesTagsAndBadges() {
        ImportRun run = ImportRun.fixture("bullets.md");
        assertEquals("Fixture: bullets", run.summary().title(), "the badge in the heading is not part of the title");
        assertEquals(7, run.entries().size(), run.text());
        Entry epsilon = run.line(7);
        assertEquals("Epsilon: A Title Link", epsilon.title());
        assertEquals("2025-03", epsilon.date().toString());
        assertEquals("e-lab/epsilon", epsilon.repo().slug());
        assertEquals("Zeta: A Bold Title", run.line(8).title());
        assertEquals("z-lab/zeta", run.line(8).repo().slug(), "the project page is not the code");
        Entry eta = run.line(9);
        assertEquals("Eta: A Tag In Front", eta.title());
        assertEquals(List.of("Papers", "Image"), eta.hints());
        assertEquals("2503.00007", eta.arxivId().id());
        assertEquals("t-lab/theta", run.line(10).repo().slug());
        Entry iota = run.line(11);
        assertEquals("Iota: A Badge First", iota.title());
        assertNull(iota.repo(), "a badge's link is not the code");
        Entry kappa = run.line(15);
        assertEquals("Kappa", kappa.title());
        assertEquals("k-lab/kappa", kappa.repo().slug(), "a later link in parentheses is not the project's");
        assertEquals("m-lab/mu", run.line(16).repo().slug());
    }

    @Test
    void headingsAreKeptAsHintsAndMetaSectionsAreNotRead() {
        ImportRun run = ImportRun.fixture("headings.md");
        assertEquals(List.of("2504.00010", "2504.00011", "2504.00012"), run.keys());
        Entry med = run.key("2504.00010");
        assertEquals("Medical", med.section());
        assertEquals(List.of("Papers", "Multimodal", "Medical"), med.hints());
        assertEquals(List.of("Papers", "Multimodal", "Video", "Audio"), run.key("2504.00012").hints(),
                "an item without link over a nested list is a hint for its items");
        assertTrue(run.text().contains("'Related Awesome Lists' (line 22)"), run.text());
        assertFalse(run.text().contains("Even More"), "a subsection of a meta section is not listed again");
        assertEquals(0, run.summary().skipped(), "navigation items are not counted as skipped");
    }

    @Test
    void everyDateStyleBecomesAPartialDate() {
        ImportRun run = ImportRun.fixture("dates.md");
        assertEquals(16, run.entries().size(), run.text());
        String[] expected = {"2025-03-04", "2025-03", "2025-03", "2025-03-22", "2025-03", "2025-03", null, null, null,
            "2025-04-10", "2025-03-04", "2025-03-05", "2025-03", null, "2024-12", "2025-02-28"};
        for (int i = 0; i < expected.length; i++) {
            Entry e = run.key(String.format("2505.%05d", i + 1));
            assertEquals(expected[i], e.date() == null ? null : e.date().toString(), e.title());
        }
        assertTrue(run.problemsAt(13).get(0).contains("date 'Mar' has no year"), run.text());
        assertTrue(run.problemsAt(20).get(0).contains("cannot read date 'soon'"), run.text());
        assertEquals(2, run.report().count(Kind.BAD_DATE));
    }

    @Test
    void arxivLinksInEveryStyleAreOneId() {
        ImportRun run = ImportRun.fixture("arxiv-links.md");
        for (int i = 1; i <= 10; i++) {
            assertEquals("A" + String.format("%02d", i), run.key(String.format("2506.%05d", i)).title());
        }
        assertEquals(10, run.entries().size());
        assertEquals(1, run.report().count(Kind.DUPLICATE), "the pdf/www/v2 link of A01 is A01 again");
        assertTrue(run.problemsAt(15).get(0).contains("already listed at line 5"), run.text());
        assertEquals("https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/2506.00010", run.key("2506.00010").paperUrl(),
                "the paper link is kept as written");
        assertEquals(1, run.report().count(Kind.REDIRECTED_LINK));
    }

    @Test
    void duplicatesAreReportedNotGuessed() {
        ImportRun run = ImportRun.fixture("duplicates.md");
        assertEquals(List.of("2507.00001", "2507.00002", "r-lab/solo", "p-lab/first", "2507.00003"), run.keys());
        assertEquals("First Title Of An Id", run.key("2507.00002").title(), "the first title is kept");
        String twoTitles = run.problemsAt(9).get(0);
        assertTrue(twoTitles.contains("skipped: arXiv 2507.00002 is listed at line 8 as 'First Title Of An Id' and here as"
                + " 'Another Title Of That Id'"), twoTitles);
        assertEquals(1, run.report().count(Kind.ARXIV_TWO_TITLES));
        assertEquals(3, run.report().count(Kind.DUPLICATE), "same paper twice, same repository twice, repository of a paper");
        assertTrue(run.problemsAt(16).get(0).contains("with its paper ('Same: Listed Twice')"), run.text());
        assertEquals(1, run.report().count(Kind.REPOSITORY_LISTED_BEFORE), "a repository first listed without its paper");
        assertEquals(4, run.summary().skipped());
    }

    @Test
    void codeLinksThatAreNotRepositoriesAreReported() {
        ImportRun run = ImportRun.fixture("code-links.md");
        assertEquals(10, run.entries().size(), run.text());
        assertTrue(run.problemsAt(5).get(0).contains("code link is a web page, not a repository (a project page?)"));
        assertTrue(run.problemsAt(6).get(0).contains("code link is a PDF"));
        Entry c03 = run.line(7);
        assertNull(c03.repo());
        assertEquals("big-org/monorepo", c03.repoHint().slug(), "a subfolder's owner/name is kept as a hint");
        assertEquals("https://github.com/big-org/monorepo/tree/main/c03", c03.codeUrl());
        assertTrue(run.problemsAt(7).get(0).contains("a subfolder of big-org/monorepo"));
        assertEquals("c-lab/c04", run.line(8).repo().slug(), "tree/<branch> is the root of a branch");
        assertEquals("https://github.com/c-lab/c04", run.line(8).repoUrl());
        assertTrue(run.problemsAt(8).isEmpty());
        assertTrue(run.problemsAt(9).get(0).contains("user or organisation page"));
        assertEquals("2508.00006", run.line(10).arxivId().id(), "a code link to arXiv is the paper");
        assertTrue(run.problemsAt(10).get(0).contains("code link is an arXiv paper"));
        assertTrue(run.problemsAt(11).get(0).contains("a file of c-lab/c07"));
        assertTrue(run.problemsAt(12).get(0).contains("https://huggingface.co/c-lab/c08-7B"));
        assertEquals("c-lab/c09", run.line(13).repo().slug(), "a later code link that is a repository wins");
        assertTrue(run.problemsAt(13).isEmpty());
        assertEquals("c-lab/c10", run.line(14).repo().slug(), "a project link to a repository is the repository");
        assertEquals(6, run.report().count(Kind.CODE_NOT_REPOSITORY));
    }

    @Test
    void hostileInputGivesAClearReport() {
        ImportRun run = ImportRun.fixture("hostile.md");
        assertEquals(List.of("2509.00001", "2509.00002", "2509.00003", "2509.00004", "2509.00005", "2509.00007", "2509.00008",
                "h-lab/h09", "2509.00010", "2509.00013", "2509.00014"), run.keys());
        assertTrue(run.problemsAt(7).get(0).contains("row has 2 of the header's 3 cells"), run.text());
        assertTrue(run.problemsAt(8).get(0).contains("more cells than the header's 3: the extra ones are not read ('extra | cells')"));
        assertEquals("h-lab/h02", run.line(8).repo().slug());
        assertTrue(run.problemsAt(10).get(0).contains("skipped: not a table row"), run.text());
        assertTrue(run.problemsAt(14).get(0).contains("table columns: understood none; kept as notes: Foo, Bar; no column names"
                + " the title"), run.text());
        assertEquals("H04", run.line(16).title(), "a table nobody can map is still read: the title is the named link");
        assertEquals(java.util.Map.of("Bar", "x"), run.line(16).notes());
        assertTrue(run.problemsAt(21).stream().anyMatch(l -> l.contains("link '[paper]' has no address")));
        assertTrue(run.problemsAt(22).stream().anyMatch(l -> l.contains("a bare address follows in the text: https://arxiv.org/abs/2509.00007")));
        assertEquals("2509.00007", run.line(22).arxivId().id(), "a bare address is a link");
        assertEquals("2509.00008", run.line(23).arxivId().id(), "a bare address followed by () is a link");
        assertTrue(run.problemsAt(24).get(0).contains("(arXiv 2509.00091, arXiv 2509.00092): not guessed"));
        assertNull(run.line(24).arxivId(), "a link naming two papers gives neither");
        assertEquals("2509.00010", run.line(25).arxivId().id(), "a malformed link naming one paper is read, and said so");
        assertTrue(run.problemsAt(28).get(0).contains("names no arXiv paper and no GitHub repository (paper link: https://openreview.net"));
        assertEquals("2509.00013", run.line(30).arxivId().id(), "a paragraph linking one paper is an entry");
        assertEquals("an HTML entry", run.line(33).title(), "an anchor in an HTML block is a link");
        // skipped: the swallowed line, H06, H11, the plain words, H12
        assertEquals(5, run.summary().skipped(), run.text());
        assertTrue(run.text().contains("hostile.md: 34 lines read: 11 entries, 5 skipped, 7 warnings"), run.text());
        assertEquals(12, run.summary().arxivLinked(), "2509.00091 and 2509.00092 are linked, in one malformed link");
        assertEquals(10, run.summary().arxivRead());
        assertEquals(List.of(new ImportSummary.MissedId("2509.00091", 24), new ImportSummary.MissedId("2509.00092", 24)),
                run.summary().arxivMissed());
        assertTrue(run.text().contains("hostile.md: arXiv coverage: 10 of 12 distinct arXiv ids linked in the file were read"
                + " into entries (83.3%); not read:"), run.text());
        assertTrue(run.text().contains("hostile.md:24: arXiv 2509.00091: "), run.text());
    }

    @Test
    void everyEntryKnowsItsFileAndLine() {
        ImportRun run = ImportRun.fixture("duplicates.md");
        for (Entry e : run.entries()) {
            assertEquals(ImportRun.FIXTURES.resolve("duplicates.md").toString(), e.source().file());
            assertTrue(e.source().line() > 0);
        }
        assertEquals(14, run.key("r-lab/solo").source().line());
    }

    @Test
    void theProjectsOwnCatalogueReadsAsItsReaderReadsIt() {
        ImportRun run = ImportRun.of(java.nio.file.Path.of("data/catalogue.md"));
        List<String> strict = new org.grpokg.catalogue.CatalogueReader().read(java.nio.file.Path.of("data/catalogue.md"))
                .entries().stream().map(e -> e.key().toString()).toList();
        assertEquals(strict, run.keys());
        assertEquals("2025-03-18", run.key("2503.12797").date().toString());
        assertEquals(0, run.summary().warnings() + run.summary().skipped(), run.text());
    }
}
