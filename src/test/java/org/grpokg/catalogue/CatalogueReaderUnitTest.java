package org.grpokg.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.grpokg.TestPaths;
import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.PartialDate;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueReaderUnitTest {

    private final Catalogue catalogue = new CatalogueReader().read(TestPaths.DATA.resolve("catalogue.md"));

    @Test
    void readsSixteenEntriesInThreeSections() {
        assertEquals(16, catalogue.entries().size());
        List<Section> sections = catalogue.sections();
        assertEquals(List.of("Papers", "Repositories Only", "Surveys"), sections.stream().map(Section::heading).toList());
        assertEquals(List.of(12, 3, 1), sections.stream().map(s -> s.entries().size()).toList());
        assertEquals(List.of(Section.Layout.TABLE, Section.Layout.BULLETS, Section.Layout.BULLETS),
                sections.stream().map(Section::layout).toList());
        assertEquals(12, catalogue.entries().stream().filter(e -> e.kind() == EntryKind.PAPER).count());
        assertEquals(3, catalogue.entries().stream().filter(e -> e.kind() == EntryKind.REPOSITORY).count());
        assertEquals(1, catalogue.entries().stream().filter(e -> e.kind() == EntryKind.SURVEY).count());
        assertTrue(catalogue.title().startsWith("Deepseek RL (GRPO)-Inspired Research"));
    }

    /** Every paper row: date, arXiv id, repository and the exact title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2025-03-18 | 2503.12797 | thunlp/DeepPerception                  | DeepPerception: Advancing R1-like Cognitive Visual Perception in MLLMs for Knowledge-Intensive Visual Grounding
        2025-03-17 | 2503.12937 | jingyi0000/R1-VL                       | R1-VL: Learning to Reason with Multimodal Large Language Models via Step-wise Group Relative Policy Optimization
        2025-03-13 | 2503.10615 | Fancy-MLLM/R1-onevision                | R1-Onevision: Advancing Generalized Multimodal Reasoning through Cross-Modal Formalization
        2025-03-10 | 2503.07536 | TideDra/lmm-r1                         | LMM-R1: Empowering 3B LMMs with Strong Reasoning Abilities Through Two-Stage Rule-Based RL
        2025-03-10 | 2503.07365 | ModalMinds/MM-EUREKA                   | MM-Eureka: Exploring Visual Aha Moment with Rule-based Large-scale Reinforcement Learning
        2025-03-10 | 2503.07065 | ding523/Curr_REFT                      | Boosting the Generalization and Reasoning of Vision Language Models with Curriculum Reinforcement Learning
        2025-03-09 | 2503.06749 | Osilly/Vision-R1                       | Vision-R1: Incentivizing Reasoning Capability in Multimodal Large Language Models
        2025-03-07 | 2503.05132 | turningpoint-ai/VisualThinker-R1-Zero  | R1-Zero's "Aha Moment" in Visual Reasoning on a 2B Non-SFT Model
        2025-03-04 | 2503.01785 | Liuziyu77/Visual-RFT                   | Visual-RFT: Visual Reinforcement Fine-Tuning
        2025-02-27 | 2502.19634 | -                                      | MedVLM-R1: Incentivizing Medical Reasoning Capability of Vision-Language Models (VLMs) via Reinforcement Learning
        2025-02-27 | 2502.19655 | -                                      | Med-RLVR: Emerging Medical Reasoning from a 3B base model via Reinforcement Learning
        2025-02-20 | 2502.14669 | menloresearch/visual-thinker           | AlphaMaze: Enhancing Large Language Models' Spatial Intelligence via GRPO
        """)
    void readsEachPaperRow(String date, String arxiv, String repo, String title) {
        Entry e = catalogue.entry(arxiv).orElseThrow();
        assertEquals(EntryKind.PAPER, e.kind());
        assertEquals(PartialDate.parse(date).orElseThrow(), e.date());
        assertEquals(title, e.title());
        assertEquals("Papers", e.section());
        if (repo == null) {
            assertNull(e.repo());
            assertNull(e.repoUrl());
        } else {
            assertEquals(repo, e.repo().slug());
            assertEquals("https://github.com/" + repo, e.repoUrl());
        }
    }

    @Test
    void keepsThePaperLinkAsWrittenAndItsArxivId() {
        Entry visualRft = catalogue.entry("2503.01785").orElseThrow();
        assertEquals("https://huggingface.co/papers/2503.01785", visualRft.paperUrl());
        assertEquals("Github", catalogue.entry("2503.12797").orElseThrow().linkLabel());
        assertEquals(9, catalogue.entries().get(0).source().line(), "first row is on line 9 of catalogue.md");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        om-ai-lab/VLM-R1                    | VLM-R1: A stable and generalizable R1-style Large Vision-Language Model
        Deep-Agent/R1-V                     | R1-V: Reinforcing Super Generalization Ability in Vision Language Models with Less Than $3
        EvolvingLMMs-Lab/open-r1-multimodal | Multimodal Open R1
        """)
    void readsRepositoryOnlyEntries(String repo, String title) {
        Entry e = catalogue.entry(repo).orElseThrow();
        assertEquals(EntryKind.REPOSITORY, e.kind());
        assertEquals(title, e.title());
        assertNull(e.arxivId());
        assertNull(e.date());
    }

    @Test
    void readsTheSurvey() {
        Entry e = catalogue.entry("2503.14504").orElseThrow();
        assertEquals(EntryKind.SURVEY, e.kind());
        assertEquals("Aligning Multimodal LLM with Human Preference: A Survey", e.title());
        assertEquals("Surveys", e.section());
    }

    private static CatalogueException failure(String markdown) {
        return assertThrows(CatalogueException.class, () -> new CatalogueReader().read(markdown, "list.md"));
    }

    private static final String HEAD = "# T\n\n## Papers\n\n| Date | Paper | Repository |\n|---|---|---|\n";

    @Test
    void badDateNamesFileAndLine() {
        CatalogueException e = failure(HEAD + "| Mar 40, 2025 | [A](https://arxiv.org/abs/2503.00001) | - |\n");
        assertEquals("list.md:7: cannot read date 'Mar 40, 2025' (expected like 'Mar 4, 2025', 'Mar 2025' or 2025-03-04)", e.describe());
    }

    @Test
    void aDayTheMonthDoesNotHaveIsAnErrorNotAnotherDay() {
        assertEquals("list.md:7: cannot read date 'Feb 30, 2025' (expected like 'Mar 4, 2025', 'Mar 2025' or 2025-03-04)",
                failure(HEAD + "| Feb 30, 2025 | [A](https://arxiv.org/abs/2503.00001) | - |\n").describe());
        assertEquals(org.grpokg.model.PartialDate.parse("2025-02").orElseThrow(),
                org.grpokg.catalogue.CatalogueDates.parse("Feb 2025").orElseThrow(), "a month as the catalogue writes it");
    }

    @Test
    void rowWithoutPaperLinkIsAnError() {
        assertEquals("list.md:8: row has no paper link", failure(HEAD
                + "| Mar 4, 2025 | [A](https://arxiv.org/abs/2503.00001) | - |\n| Mar 4, 2025 | just text | - |\n").describe());
    }

    @Test
    void repositoryThatIsNotAGithubRepositoryIsAnError() {
        CatalogueException e = failure(HEAD + "| Mar 4, 2025 | [A](https://arxiv.org/abs/2503.00001) | [code](https://example.org/a.pdf) |\n");
        assertTrue(e.describe().startsWith("list.md:7: repository link is not a GitHub repository"), e.describe());
    }

    @Test
    void sameEntryTwiceIsAnError() {
        CatalogueException e = failure(HEAD + "| Mar 4, 2025 | [A](https://arxiv.org/abs/2503.00001) | - |\n"
                + "| Mar 5, 2025 | [B](https://arxiv.org/pdf/2503.00001v2) | - |\n");
        assertEquals("list.md:8: entry 2503.00001 is listed twice (first at line 7)", e.describe());
    }

    @Test
    void fileWithoutTitleOrEntriesIsAnError() {
        assertTrue(failure("just a paragraph\n").describe().contains("no '# title' heading"));
        assertTrue(failure("# T\n\n## Papers\n\nnothing here\n").describe().contains("no entries"));
    }
}
