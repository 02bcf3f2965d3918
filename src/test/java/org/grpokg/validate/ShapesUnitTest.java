package org.grpokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.grpokg.rdf.Graphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each shape catches a deliberately broken copy of the real graph, and only that break. */
class ShapesUnitTest {

    private static final String PREFIXES = """
            PREFIX gkg: <https://w3id.org/grpo-kg/ontology#>
            PREFIX kg: <https://w3id.org/grpo-kg/id/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX fair4ml: <https://w3id.org/fair4ml#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX algorithm: <https://w3id.org/grpo-kg/id/algorithm/>
            PREFIX recipe: <https://w3id.org/grpo-kg/id/recipe/>
            PREFIX reward: <https://w3id.org/grpo-kg/id/reward/>
            PREFIX domain: <https://w3id.org/grpo-kg/id/domain/>
            PREFIX modality: <https://w3id.org/grpo-kg/id/modality/>
            PREFIX framework: <https://w3id.org/grpo-kg/id/framework/>
            """;

    private static Model graph;
    private static ShapesValidator validator;

    @BeforeAll
    static void build() {
        // the data with the ontology and taxonomy graphs, as the build checks it
        graph = ModelFactory.createDefaultModel().add(Graphs.dataWithVocabulary(GraphBuilder.graph(TestPaths.DATA)));
        validator = new ShapesValidator();
    }

    @Test
    void theRealGraphConforms() {
        ShapesReport report = validator.validate(graph.getGraph());
        assertTrue(report.conforms(), report.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Entry title              | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> dcterms:title ?t }                                                    | an entry has exactly one non-empty title
        Entry date type          | DELETE { ?e dcterms:issued ?d } INSERT { ?e dcterms:issued "March 2025" } WHERE { BIND(<https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> AS ?e) ?e dcterms:issued ?d } | an entry's date is one xsd:date, xsd:gYearMonth or xsd:gYear
        Record section           | DELETE WHERE { <https://w3id.org/grpo-kg/id/record/arxiv/2503.05132> gkg:listedIn ?s }                                                    | a record is listed in exactly one catalogue section
        Record work              | DELETE WHERE { <https://w3id.org/grpo-kg/id/record/arxiv/2503.05132> foaf:primaryTopic ?w }                                               | a catalogue record is about exactly one entry
        Record position          | INSERT DATA { <https://w3id.org/grpo-kg/id/record/arxiv/2503.05132> gkg:position 99 }                                                     | a record has one position in its section
        Record title             | DELETE WHERE { <https://w3id.org/grpo-kg/id/record/arxiv/2503.05132> gkg:listedTitle ?t }                                                 | a record has exactly one non-empty listed title
        Record date type         | DELETE { ?r gkg:listedDate ?d } INSERT { ?r gkg:listedDate "Mar 7, 2025" } WHERE { BIND(<https://w3id.org/grpo-kg/id/record/arxiv/2503.05132> AS ?r) ?r gkg:listedDate ?d } | a record's listed date is one xsd:date, xsd:gYearMonth or xsd:gYear
        Repository link          | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2502.19634> gkg:hasRepository <https://jzpeterpan.github.io/> }                    | an entry's repository link is a repository
        Unknown algorithm        | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:usesAlgorithm algorithm:gpro }                                 | an algorithm is a concept of the algorithm scheme
        Algorithm from other scheme | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:usesAlgorithm domain:medical }                              | an algorithm is a concept of the algorithm scheme
        Unknown recipe           | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:usesRecipeElement recipe:r1zero }                              | a recipe element is a concept of the recipe scheme
        Unknown reward           | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:usesReward reward:accurracy }                                  | a reward is a concept of the reward scheme
        Unknown domain           | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:hasDomain domain:medicine }                                    | a domain is a concept of the domain scheme
        Unknown modality         | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:hasModality modality:images }                                  | a modality is a concept of the modality scheme
        Unknown framework        | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:builtWith framework:trlx }                                     | a framework is a concept of the framework scheme
        Base model not a model   | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:baseModel <https://huggingface.co/Qwen/Qwen2-VL-2B> }              | a base model is a model
        Lineage target           | INSERT DATA { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:buildsOn <https://example.org/blog> }                              | lineage points at a catalogue entry or a repository
        Paper arXiv id form      | DELETE { ?e gkg:arxivId ?id } INSERT { ?e gkg:arxivId "2503.05132v2" } WHERE { BIND(<https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> AS ?e) ?e gkg:arxivId ?id } | a paper has one arXiv id of the form YYMM.NNNNN
        Paper date               | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> dcterms:issued ?d }                                                   | a paper has a date
        Paper algorithm          | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:usesAlgorithm ?a }                                                | a paper names at least one RL algorithm
        Paper domain             | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132> gkg:hasDomain ?d }                                                    | a paper names at least one domain
        Survey arXiv id          | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.14504> gkg:arxivId ?id }                                                     | a paper has one arXiv id of the form YYMM.NNNNN
        Project repository       | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/github/Deep-Agent/R1-V> gkg:hasRepository ?r }                                         | a repository-only project has its repository
        GitHub name form         | INSERT DATA { <https://w3id.org/grpo-kg/id/repo/Deep-Agent/R1-V> gkg:githubName "Deep-Agent" }                                          | a repository has one GitHub name of the form owner/name
        Repository link form     | DELETE { ?r schema:codeRepository ?u } INSERT { ?r schema:codeRepository <https://deep-agent.github.io/R1-V> } WHERE { BIND(<https://w3id.org/grpo-kg/id/repo/Deep-Agent/R1-V> AS ?r) ?r schema:codeRepository ?u } | a repository link is the root of a GitHub repository
        Model HF id form         | INSERT DATA { <https://w3id.org/grpo-kg/id/model/x> a fair4ml:MLModel ; gkg:huggingFaceId "Qwen2-VL-2B" }                                | a model has one Hugging Face id of the form org/name
        Model size form          | INSERT DATA { <https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B> gkg:nominalSize "two billion" }                                       | a model's size is written like 2B
        Model instruct flag      | INSERT DATA { <https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B> gkg:instructionTuned "no" }                                           | instruction-tuned is true or false
        Fine-tuned from          | INSERT DATA { <https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B> fair4ml:fineTunedFrom <https://example.org/m> }                        | a checkpoint is fine-tuned from a model
        Dataset HF id            | INSERT DATA { <https://w3id.org/grpo-kg/id/dataset/x> a schema:Dataset ; gkg:huggingFaceId "https://huggingface.co/datasets/x" }          | a dataset has one Hugging Face id of the form org/name
        Authorship person        | DELETE WHERE { <https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132/author/1> gkg:author ?p }                                              | an authorship names one person
        Authorship position      | DELETE { ?a gkg:position ?p } INSERT { ?a gkg:position 0 } WHERE { BIND(<https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132/author/1> AS ?a) ?a gkg:position ?p } | an authorship has one position from 1
        Correction field         | DELETE { ?c gkg:correctedField ?f } INSERT { ?c gkg:correctedField "authors" } WHERE { BIND(<https://w3id.org/grpo-kg/id/record/arxiv/2503.12797/correction/date> AS ?c) ?c gkg:correctedField ?f } | a correction concerns one of date, title, paper, repository
        Correction value         | DELETE WHERE { <https://w3id.org/grpo-kg/id/record/arxiv/2503.12797/correction/date> gkg:actualValue ?v }                                   | a correction says what the source gives
        Correction source        | DELETE WHERE { <https://w3id.org/grpo-kg/id/record/arxiv/2503.12797/correction/date> prov:wasDerivedFrom ?s }                               | a correction names its source
        """)
    void eachShapeCatchesItsBreak(String shape, String update, String message) {
        Model broken = ModelFactory.createDefaultModel().add(graph);
        UpdateAction.parseExecute(PREFIXES + update, broken);
        ShapesReport report = validator.validate(broken.getGraph());
        assertTrue(!report.conforms(), shape + ": the break was not caught");
        assertTrue(report.problems().stream().allMatch(p -> p.contains(message)),
                shape + ": expected only '" + message + "' but got:\n" + report.text());
        assertEquals(report.problems().size(), report.problems().stream().distinct().count());
    }
}
