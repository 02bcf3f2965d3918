package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.ArxivId;
import org.junit.jupiter.api.Test;

/**
 * The shapes of lists never seen, read by content (fixtures under import/shapes/, written by hand):
 * navigation by what a section holds, tables with unknown headers, key/value tables, bullets whose
 * title is the only paper link, bare and HTML links, every arXiv address form, unsafe links.
 */
class ReadingShapesUnitTest {

    private static ImportRun shape(String name) {
        return ImportRun.fixture("shapes/" + name);
    }

    @Test
    void aContentsHeadingDoesNotHideTheSectionsBelowIt() {
        ImportRun run = shape("navigation.md");
        assertEquals(List.of("2601.00001", "2601.00002", "2601.00003", "2601.00004"), run.keys(), run.text());
        assertEquals("Image", run.line(11).section(), "a ### after a ## Table of Contents is content");
        assertEquals("Video", run.line(19).section(), "emoji are dropped from headings");
        assertEquals("Inverted", run.line(23).section());
        assertTrue(run.text().contains("'Table of Contents: links to #anchors only' (line 5)"), run.text());
        assertTrue(run.text().contains("'Inverted: links to #anchors only'"), "a table of anchors is navigation too: " + run.text());
        assertTrue(run.text().contains("'Contributing' (line 29)"), run.text());
        assertEquals(1.0, run.summary().arxivRecall());
    }

    @Test
    void aTableWhoseHeaderIsUnknownIsStillRead() {
        ImportRun run = shape("tables.md");
        assertTrue(run.problemsAt(5).get(0).contains("table columns: understood none; kept as notes: Benchmark, Venue, Base,"
                + " Reward shaping; no column names the title"), run.text());
        assertEquals("T01: Unknown Columns Kept As Notes", run.line(7).title());
        assertEquals(Map.of("Venue", "ICLR 2026", "Base", "Model-A, Model-B"), run.line(7).notes(),
                "unknown columns are notes, a fullwidth comma is a separator, 'not release' is empty");
        assertEquals("T02: A Title Written As Text", run.line(8).title(), "the first text cell is the title");
        assertEquals("t-lab/t02", run.line(8).repo().slug());
        assertFalse(run.line(8).notes().containsKey("Venue"), "'-' is empty");
        assertFalse(run.line(8).notes().containsKey("Base"), "'N/A' is empty");
        assertTrue(run.problemsAt(9).get(0).contains("'T03: Only A Dataset Page' names no arXiv paper"), "a dataset page makes no entry");
        assertEquals("t-lab/t04", run.line(10).repo().slug(), "a code link in an unknown column");
    }

    @Test
    void aCellListingPapersGivesAnEntryPerPaper() {
        ImportRun run = shape("tables.md");
        assertTrue(run.keys().containsAll(List.of("2602.00011", "2602.00012", "2602.00014")), run.text());
        assertEquals("L02", run.key("2602.00012").title(), "an arXiv DOI names the paper");
        assertTrue(run.key("2602.00014").hints().contains("Sources"), "the column's header is a hint");
    }

    @Test
    void keyValueTablesGiveOneEntryPerRunOfKeys() {
        ImportRun run = shape("tables.md");
        assertEquals("K01: A Key Value Table", run.key("2602.00021").title());
        assertEquals("k-lab/k01", run.key("2602.00021").repo().slug());
        assertEquals("2026-02", run.key("2602.00021").date().toString());
        assertEquals(Map.of("Base model", "Model-C"), run.key("2602.00021").notes());
        assertEquals("K02: Titled By Text", run.key("2602.00022").title());
        assertNull(run.key("2602.00022").repo(), "'-' is no code");
        assertEquals("K03: A Second Paper In The Same Table", run.key("2602.00023").title(), "a repeated key starts the next paper");
        assertTrue(run.text().contains("read as a key/value table"), run.text());
    }

    @Test
    void bulletsWhoseTitleIsThePaperLink() {
        ImportRun run = shape("bullets.md");
        assertEquals("B01: The Title Is The Only Paper Link", run.line(5).title());
        assertEquals("2026-03", run.line(5).date().toString(), "'26.03' before the link is the date");
        assertEquals("2603.00002", run.line(6).arxivId().id(), "after a venue, an emoji, with a badge after");
        assertEquals("B02: After A Venue And An Emoji", run.line(6).title());
        assertTrue(run.line(6).hints().contains("CVPR 2026"), run.line(6).hints().toString());
        assertEquals("B03: After Inline HTML", run.line(7).title());
        assertEquals("b-lab/b04", run.line(8).repo().slug(), "a link in a continuation paragraph of the item");
        assertEquals("2603.00004", run.line(8).arxivId().id());
        assertEquals("b-lab/b05", run.line(12).repo().slug(), "nested items holding only labelled links belong to the item");
        assertEquals("2603.00005", run.line(12).arxivId().id());
    }

    @Test
    void numberedTitledReferenceBareHtmlAndDetails() {
        ImportRun run = shape("bullets.md");
        assertEquals("B06: A Numbered Item", run.key("2603.00006").title(), "a link with a title attribute, in a numbered list");
        assertEquals("b-lab/b07", run.key("2603.00007").repo().slug(), "reference-style links");
        assertEquals("b-lab/b08", run.key("2603.00008").repo().slug(), "bare addresses, a trailing full stop left out");
        assertEquals("B09: An HTML Anchor", run.key("2603.00009").title());
        assertEquals("B10: Inside A Details Block", run.key("2603.00010").title());
        assertEquals("B11: A Row Of An HTML Table", run.key("2603.00011").title());
        assertEquals(38, run.key("2603.00011").source().line(), "the line of the row in the HTML block");
    }

    @Test
    void badgesModelPagesAnchorsAndUnsafeLinksMakeNoEntry() {
        ImportRun run = shape("bullets.md");
        assertEquals(12, run.entries().size(), run.text());
        assertTrue(run.entries().stream().noneMatch(e -> e.source().line() >= 43 && e.source().line() <= 52), run.text());
        assertEquals(3, run.report().count(Kind.UNSAFE_LINK), run.text());
        assertTrue(run.problemsAt(46).get(0).contains("is a javascript: address"), run.text());
        assertTrue(run.problemsAt(47).get(0).contains("is a file: address"), run.text());
        assertTrue(run.problemsAt(48).get(0).contains("is a vbscript: address"), run.text());
    }

    @Test
    void aParagraphWrittenAsAnItemIsReadButProseIsNot() {
        ImportRun run = shape("bullets.md");
        assertEquals("P02: A Paragraph Written As An Item", run.line(54).title());
        assertTrue(run.problemsAt(52).get(0).contains("reads as prose, not a list item: not read"), run.text());
        assertEquals(List.of(new ImportSummary.MissedId("2603.00099", 52)), run.summary().arxivMissed(),
                "what prose links is missed, and the measure says so");
        assertTrue(run.text().contains("arXiv coverage: 12 of 13 distinct arXiv ids"), run.text());
    }

    @Test
    void arxivAddressesInEveryForm() {
        ImportRun run = shape("arxiv-forms.md");
        assertEquals(List.of("2604.00001", "2604.00002", "2604.00003", "2604.00004", "2604.00005", "2604.00006", "2604.00007",
                "2604.00008", "2604.00009", "2604.00010", "2604.00011", "cs/0101001", "math.GT/0309136", "2604.0014"), run.keys());
        assertTrue(run.key("cs/0101001").arxivId().oldStyle());
        assertEquals("cs_0101001", run.key("cs/0101001").fileKey(), "no slash in a file name");
        assertEquals(14, run.summary().arxivLinked());
        assertEquals(14, run.summary().arxivRead());
    }

    @Test
    void arxivIdsOldAndNew() {
        assertTrue(ArxivId.isValid("hep-th/9901001"));
        assertTrue(ArxivId.isValid("math.GT/0309136"));
        assertFalse(ArxivId.isValid("owner/repo"));
        assertFalse(ArxivId.isValid("cs/010100"), "old-style numbers have seven digits");
        assertEquals("math.GT/0309136", ArxivId.fromUrl("https://arxiv.org/pdf/MATH.gt/0309136v1.pdf").orElseThrow().id());
        assertEquals("2501.12948", ArxivId.fromUrl("https://arxiv.org/abs/2501.12948v3#:~:text=GRPO").orElseThrow().id());
        assertTrue(ArxivId.fromUrl("https://doi.org/10.1109/CVPR.2016.10").isEmpty());
    }

    @Test
    void theMeasureCountsIdsTheReadersDoNotUnderstand() {
        ArxivCoverage c = new ArxivCoverage();
        c.scan("intro https://arxiv.org/abs/2501.00001\n| x | [y](http://www.arxiv.org/pdf/2501.00002v2.pdf) |\n"
                + "```\nurl = {https://arxiv.org/abs/cs/0101001}\n```\n", 10);
        c.read(new ArxivId("2501.00002"));
        ArxivCoverage.Result r = c.result(() -> java.util.stream.Stream.of());
        assertEquals(3, r.linked());
        assertEquals(1, r.read());
        assertEquals(List.of("2501.00001", "cs/0101001"), r.missed().stream().map(ArxivCoverage.Missed::id).toList());
        assertEquals(List.of(10, 13), r.missed().stream().map(ArxivCoverage.Missed::line).toList());
        assertEquals("33.3%", r.percent());
    }
}
