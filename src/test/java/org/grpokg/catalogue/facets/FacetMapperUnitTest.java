package org.grpokg.catalogue.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grpokg.TestPaths;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;
import org.grpokg.model.SourcePosition;
import org.grpokg.rdf.TaxonomyLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells and headings of lists mapped to the taxonomies' concepts and to data/models, and what is reported instead. */
class FacetMapperUnitTest {

    private static FacetMapper mapper;

    @BeforeAll
    static void load() {
        mapper = new FacetMapper(TaxonomyLabels.read(), DataReader.readModels(TestPaths.DATA));
    }

    private static ListedFacets map(String column, String cell, String... hints) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put(column, cell);
        Listing l = new Listing("T", null, null, null, null, null, null, "", List.of(hints), notes,
                new SourcePosition("lists/x.md", 12));
        return mapper.map(l, "x");
    }

    private static String ids(ListedFacets f, Facet facet) {
        return String.join(" ", f.of(facet).stream().map(Fact::value).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RL                | GRPO                                     | grpo
        RL Algorithm      | Group Relative Policy Optimization       | grpo
        **RL Algorithm**  | StepGRPO                                 | step-grpo
        RL                | Step-GRPO                                | step-grpo
        RL                | StepGRPO with 10k data from Mulberry-260k | step-grpo
        RL                | Iterative GRPO                           | grpo
        RL                | DPO                                      | dpo
        RL                | PPO                                      | ppo
        RL                | GRPO+DAPO                                | grpo dapo
        RL                | GRPO + DPO                               | grpo dpo
        RL                | GRPO,DPO,and ORPO                        | grpo dpo orpo
        RL                | REINFORCE++                              | reinforce-plus-plus
        RL                | RLOO                                     | rloo
        RL Framework      | trl                                      | trl
        RL Framework      | TRL/vLLM                                 | trl vllm
        RL Framework      | VeRL                                     | verl
        Framework         | OpenRLHF                                 | openrlhf
        Framework         | EasyR1                                   | easyr1
        Modality          | T,I                                      | text image
        Input Modality    | T, I, V, A                               | text image video audio
        Modality          | Image                                    | image
        Modality          | Video                                    | video
        Modality          | Audio                                    | audio
        Modality          | T，I                                     | text image
        Task              | Math                                     | math
        Task              | medical VQA                              | medical
        Task              | Spatial Reasoning                        | spatial-reasoning
        Task              | Detection, Grounding, Classification     | object-detection visual-grounding classification
        Task Type         | GUI automation，GUI grounding            | gui-agent visual-grounding
        Task              | Interactive Embodied Tasks               | embodied
        Task              | Counting & Math                          | counting math
        Domain            | geometry and chart                       | geometry chart-understanding
        """)
    void conceptsByTheirLabels(String column, String cell, String expected) {
        ListedFacets f = map(column, cell);
        Facet facet = Facet.ofHeader(column).orElseThrow();
        assertEquals(expected, ids(f, facet), cell);
        assertTrue(f.cells().get(0).mapped());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Qwen2.5-VL-7B-Instruct            | Qwen/Qwen2.5-VL-7B-Instruct
        Qwen 2.5-VL-3B-Instruct           | Qwen/Qwen2.5-VL-3B-Instruct
        Qwen2.5VL-3B-Instruct             | Qwen/Qwen2.5-VL-3B-Instruct
        QwenVL-2.5-7B-Instruct            | Qwen/Qwen2.5-VL-7B-Instruct
        Qwen-2.5-VL-Instruct-7B           | Qwen/Qwen2.5-VL-7B-Instruct
        Qwen2.5‑VL‑3B‑Instruct，Qwen2.5‑VL‑7B‑Instruct | Qwen/Qwen2.5-VL-3B-Instruct Qwen/Qwen2.5-VL-7B-Instruct
        Qwen2.5-VL-(3B,7B)-Instruct       | Qwen/Qwen2.5-VL-3B-Instruct Qwen/Qwen2.5-VL-7B-Instruct
        InternVL2.5-8B                    | OpenGVLab/InternVL2_5-8B
        InternVL2_5-8B                    | OpenGVLab/InternVL2_5-8B
        Qwen2-VL-2B                       | Qwen/Qwen2-VL-2B
        Qwen2-VL-2B-Instruct              | Qwen/Qwen2-VL-2B-Instruct
        Qwen2-VL-2B/7B-Instruct           | Qwen/Qwen2-VL-2B
        """)
    void baseModelsByNormalisedId(String cell, String expected) {
        assertEquals(expected, ids(map("Base model", cell), Facet.BASE_MODELS), cell);
    }

    @Test
    void instructAndBaseAreNeverConflated() {
        ListedFacets base = map("Backbone", "Qwen2.5-VL-7B");
        assertEquals("", ids(base, Facet.BASE_MODELS), "data/models holds the Instruct variant only");
        assertEquals(1, base.problems().size());
        assertEquals("lists/x.md:12: column 'Backbone': 'Qwen2.5-VL-7B' is a Qwen2.5-VL model (7B, not instruct) that data/models"
                + " does not hold: add its file to use it", base.problems().get(0).toString());
        ListedFacets instruct = map("Backbone", "Qwen2-VL-7B-Instruct");
        assertEquals("Qwen/Qwen2-VL-7B-Instruct", ids(instruct, Facet.BASE_MODELS));
        ListedFacets family = map("Backbone", "Qwen2.5-VL");
        assertEquals("", ids(family, Facet.BASE_MODELS));
        assertTrue(family.problems().get(0).why().startsWith("names the family Qwen2.5-VL"), family.problems().toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RL           | GFlowNets          | matches no RL algorithm
        RL           | Process Reward Model | matches no RL algorithm
        Modality     | Smell              | matches no modality
        Task         | knitting           | matches no task or domain
        Framework    | Curr-RL            | matches no framework
        Base model   | Falcon-VL-9B       | matches no model in data/models
        Base model   | LLaVA-13B          | matches no model in data/models
        """)
    void unknownValuesAreReportedNotInvented(String column, String cell, String why) {
        ListedFacets f = map(column, cell);
        assertTrue(f.isEmpty(), "no fact from " + cell);
        assertEquals(List.of(new FacetProblem(new SourcePosition("lists/x.md", 12), column, cell, why)), f.problems());
        assertTrue(!f.cells().get(0).mapped());
    }

    @Test
    void emptyMarkersAndOtherColumnsSayNothing() {
        for (String nothing : List.of("-", "not release", "no release", "N/A", "—", "")) {
            ListedFacets f = map("RL", nothing);
            assertTrue(f.isEmpty() && f.problems().isEmpty() && f.cells().isEmpty(), nothing);
        }
        ListedFacets other = map("Highlight", "GRPO on images");
        assertTrue(other.isEmpty() && other.problems().isEmpty(), "a column that names no facet is not read");
        ListedFacets output = map("Output Modality", "T");
        assertTrue(output.isEmpty(), "the output modality is not what a model reads");
    }

    @Test
    void headingsAndTagsGiveModalitiesAndDomainsButAreNotReported() {
        ListedFacets f = map("Highlight", "x", "Image MLLM", "**[Video]**", "Medical", "Part II: Papers");
        assertEquals("image video", ids(f, Facet.MODALITIES));
        assertEquals("medical", ids(f, Facet.DOMAINS));
        assertTrue(f.problems().isEmpty(), "a heading that names nothing is no problem");
        Fact medical = f.of(Facet.DOMAINS).get(0);
        assertEquals("x", medical.source());
        assertEquals("line 12, under or tagged: Medical", medical.note());
    }

    @Test
    void factsCiteTheListAndTheCell() {
        Fact f = map("RL", "GRPO").of(Facet.ALGORITHMS).get(0);
        assertEquals(new Fact("grpo", "x", "line 12, RL: GRPO"), f);
    }
}
