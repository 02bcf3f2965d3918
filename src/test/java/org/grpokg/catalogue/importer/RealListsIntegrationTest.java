package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four real awesome lists in ../shared/lists/ (copied as they stood in their repositories),
 * with counts made by hand and cross-checked with grep on the raw files:
 * <ul>
 *   <li>yihedeng9: 41 bullets ({@code grep -c '^\* '}: 22 under Papers, 4 under Benchmarks, 15 under
 *       Open-Source Projects). Two of the projects (LMM-R1 line 82, VisualThinker-R1-Zero line 98) are
 *       the repositories of papers listed above them: 39 entries, 2 skipped.</li>
 *   <li>Video-R1: 69 table rows in 8 tables ({@code grep -cE '^\| [0-9]{2}\.[0-9]{2}'} = 69; 35 Image MLLM,
 *       9 Video, 1 Audio, 6 Generation, 3 LLM, 11 Benchmark, 1 Data, 3 Survey). Skipped: R1-Omni (line 71)
 *       carries TimeZero's arXiv id 2503.05379 (line 70); MM-RLHF, OmniAlign-V and LlamaV-o1 appear again under
 *       Benchmark (lines 117, 119, 120): 65 entries, 4 skipped.</li>
 *   <li>kaicheng001: 25 table rows ({@code grep -cE '^\| \[.*arxiv.org'}), all read; the only item of
 *       "Tools and Resources" is "- [ ] TODO", without link: 25 entries, 1 skipped. Table of Contents,
 *       Related Awesome Lists, Contributing and Star History are not read.</li>
 *   <li>yuanpinz: 278 bullets ({@code grep -c '^- '}) of which 6 under Related Collections (not read): 272.
 *       Skipped: line 119 repeats line 113; lines 71, 100, 313 link OpenReview only; lines 325, 326 link
 *       ModelScope datasets only; lines 85 and 279 have an empty link before a bare arXiv address, and line 89
 *       only a bare one (read, as GitHub links them): 266 entries, 6 skipped.</li>
 * </ul>
 */
class RealListsIntegrationTest {

    private static final Path LISTS = Path.of("../shared/lists");

    @BeforeAll
    static void listsArePresent() {
        Assumptions.assumeTrue(Files.isDirectory(LISTS), "skipped: " + LISTS.toAbsolutePath().normalize()
                + " is absent (the real awesome lists are shared beside the repository, not in it)");
    }

    private static ImportRun list(String name) {
        Path file = LISTS.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
        return ImportRun.of(file);
    }

    private static void assertEntry(Entry e, String title, String arxiv, String repo, String date) {
        assertEquals(title, e.title());
        assertEquals(arxiv, e.arxivId() == null ? null : e.arxivId().id(), title);
        assertEquals(repo, e.repo() == null ? null : e.repo().slug(), title);
        assertEquals(date, e.date() == null ? null : e.date().toString(), title);
    }

    @Test
    void yihedeng9Bullets() {
        ImportRun run = list("yihedeng9+Awesome-RL-based-Reasoning-MLLMs.md");
        assertEquals(39, run.summary().entries(), run.text());
        assertEquals(2, run.summary().skipped(), run.text());
        assertEquals(2, run.report().count(Kind.DUPLICATE));
        assertEntry(run.line(21), "OpenVLThinker: An Early Exploration to Vision-Language Reasoning via Iterative Self-Improvement",
                "2503.17352", "yihedeng9/OpenVLThinker", "2025-03");
        assertEntry(run.line(23), "R1-VL: Learning to Reason with Multimodal Large Language Models via Step-wise Group Relative"
                + " Policy Optimization", "2503.12937", "jingyi0000/R1-VL", "2025-03");
        assertEntry(run.line(29), "Reinforcement Learning Outperforms Supervised Fine-Tuning: A Case Study on Audio Question"
                + " Answering", "2503.11197", "xiaomi-research/r1-aqa", "2025-03");
        assertEntry(run.line(27), "Skywork R1V: Pioneering Multimodal Reasoning with Chain-of-Thought", null,
                "SkyworkAI/Skywork-R1V", "2025-03");
        assertEquals("https://github.com/SkyworkAI/Skywork-R1V/blob/main/Skywork_R1V.pdf", run.line(27).paperUrl());
        assertEntry(run.line(47), "MedVLM-R1: Incentivizing Medical Reasoning Capability of Vision-Language Models (VLMs) via"
                + " Reinforcement Learning", "2502.19634", null, "2025-02");
        Entry mpo = run.line(59);
        assertNull(mpo.repo());
        assertEquals("OpenGVLab/InternVL", mpo.repoHint().slug());
        assertEntry(run.line(78), "EasyR1", null, "hiyouga/EasyR1", null);
        assertEntry(run.line(74), "V1: Toward Multimodal Reasoning by Designing Auxiliary Tasks", null, "haonan3/V1", "2025-03");
        assertTrue(run.problemsAt(82).get(0).contains("repository TideDra/lmm-r1 ('LMM-R1') is already listed at line 31"));
        assertEquals(List.of("Open-Source Projects"), run.line(107).hints());
    }

    @Test
    void videoR1Tables() {
        ImportRun run = list("Video-R1+Awesome-Multimodal-Reasoning.md");
        assertEquals(65, run.summary().entries(), run.text());
        assertEquals(4, run.summary().skipped(), run.text());
        Entry reason = run.line(24);
        assertEntry(reason, "Reason-RFT: Reinforcement Fine-Tuning for Visual Reasoning", "2503.20752", null, "2025-03");
        assertEquals("https://tanhuajie.github.io/ReasonRFT", reason.codeUrl());
        assertEquals("GRPO", reason.notes().get("RL"));
        assertEquals(List.of("Model", "Image MLLM"), reason.hints());
        assertEntry(run.line(28), "R1-VL: Learning to Reason with Multimodal Large Language Models via Step-wise Group Relative"
                + " Policy Optimization", "2503.12937", "jingyi0000/R1-VL", "2025-03");
        assertEquals("StepGRPO with 10k data from Mulberry-260k", run.line(28).notes().get("RL"));
        assertEntry(run.line(37), "LMM-R1: Empowering 3B LMMs with Strong Reasoning Abilities Through Two-Stage Rule-Based RL",
                "2503.07536", "TideDra/lmm-r1", "2025-03");
        assertEntry(run.line(26), "OpenVLThinker: An Early Exploration to Complex Vision-Language Reasoning via Iterative"
                + " Self-Improvement", null, "yihedeng9/OpenVLThinker", "2025-03");
        assertTrue(run.problemsAt(26).get(0).contains("(arXiv 2503.18013, arXiv 2503.17352): not guessed"), run.text());
        assertEntry(run.line(48), "VLM-R1: A stable and generalizable R1-style Large Vision-Language Model", null,
                "om-ai-lab/VLM-R1", "2025-02");
        assertEntry(run.line(68), "VideoChat-R1: Enhancing Spatio-Temporal Perception via Reinforcement Fine-Tuning",
                "2504.06958", "OpenGVLab/VideoChat-R1", "2025-04-10");
        assertEntry(run.line(70), "TimeZero: Temporal Video Grounding with Reasoning-Guided LVLM", "2503.05379", "www-Ye/TimeZero",
                "2025-03");
        assertTrue(run.problemsAt(71).get(0).contains("arXiv 2503.05379 is listed at line 70 as 'TimeZero"), run.text());
        assertEquals(1, run.report().count(Kind.ARXIV_TWO_TITLES));
        assertEquals(3, run.report().count(Kind.DUPLICATE));
        assertTrue(run.problemsAt(76).get(0).contains("link '[Code]' has no address"));
        assertEntry(run.line(104), "Multimodal Chain-of-Thought Reasoning in Language Models", "2302.00923",
                "amazon-science/mm-cot", "2023-02");
        assertEquals("2405.16473", run.line(122).arxivId().id(), "an arxiv.org/html link");
    }

    @Test
    void kaicheng001TableWithTheDateLast() {
        ImportRun run = list("kaicheng001+Awesome-R1.md");
        assertEquals(25, run.summary().entries(), run.text());
        assertEquals(1, run.summary().skipped(), run.text());
        assertEntry(run.line(18), "R1-Searcher++: Incentivizing the Dynamic Knowledge Acquisition of LLMs via Reinforcement"
                + " Learning", "2505.17005", "RUCAIBox/R1-Searcher-plus", "2025-05-22");
        assertEntry(run.line(20), "Table-R1: Region-based Reinforcement Learning for Table Understanding", "2505.12415", null,
                "2025-05-18");
        assertEntry(run.line(25), "Open-Medical-R1: How to Choose Data for RLVR Training at Medicine Domain", "2504.13950",
                "Qsingle/open-medical-r1", "2025-04-16");
        assertEntry(run.line(42), "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
                "2501.12948", "deepseek-ai/DeepSeek-R1", "2025-01-22");
        Entry vision = run.line(31);
        assertNull(vision.repo());
        assertEquals("jefferyZhan/Griffon", vision.repoHint().slug());
        assertEquals(2, run.report().count(Kind.CODE_NOT_REPOSITORY), run.text());
        assertTrue(run.text().contains("'Related Awesome Lists' (line 50)"));
    }

    @Test
    void yuanpinzBulletsUnderDomainHeadings() {
        ImportRun run = list("yuanpinz+awesome-deep-multimodal-reasoning.md");
        assertEquals(266, run.summary().entries(), run.text());
        assertEquals(6, run.summary().skipped(), run.text());
        Entry hrseg = run.line(30);
        assertEntry(hrseg, "HRSeg: High-Resolution Visual Perception and Enhancement for Reasoning Segmentation", "2507.12883",
                "WeihuangLin/HRSeg", null);
        assertEquals(List.of("Papers/Projects", "Visual Understanding", "Image"), hrseg.hints());
        Entry medGround = run.line(201);
        assertEntry(medGround, "MedGround-R1: Advancing Medical Image Grounding via Spatial-Semantic Rewarded Group Relative"
                + " Policy Optimization", "2507.02994", "bio-mlhui/MedGround-R1", null);
        assertEquals("Medical", medGround.section());
        assertTrue(medGround.hints().containsAll(List.of("Medical", "MICCAI 2025")), medGround.hints().toString());
        assertEntry(run.line(212), "Patho-R1: A Multimodal Reinforcement Learning-Based Pathology Expert Reasoner", "2505.11404",
                null, null);
        assertEquals("2503.06232", run.line(63).arxivId().id(), "the [[code]] link is the arXiv paper");
        assertEntry(run.line(171), "MM-EUREKA: Exploring Visual Aha Moment with Rule-based Large-scale Reinforcement Learning",
                null, "ModalMinds/MM-EUREKA", null);
        assertTrue(run.problemsAt(119).get(0).contains("arXiv 2506.04207"), run.text());
        assertTrue(run.problemsAt(279).stream().anyMatch(l -> l.contains("bare address")), run.text());
        assertEquals("2507.06999", run.line(85).arxivId().id(), "a bare address after an empty link");
        assertEquals("2507.05255", run.line(89).arxivId().id(), "a bare address");
        assertEquals(5, run.report().count(Kind.NO_KEY), run.text());
        assertEquals(9, run.report().count(Kind.CODE_NOT_REPOSITORY), run.text());
    }
}
