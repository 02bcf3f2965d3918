package org.grpokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.grpokg.model.EntryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IRIs are minted in one place: stable keys, safe encoding, no two things sharing one IRI by accident. */
class IrisUnitTest {

    private static EntryKey key(String k) {
        return EntryKey.parse(k).orElseThrow();
    }

    @Test
    void aRecordAndItsWorkAreTwoResourcesWithParallelPaths() {
        assertEquals("https://w3id.org/grpo-kg/id/entry/arxiv/2503.05132", Iris.entry(key("2503.05132")));
        assertEquals("https://w3id.org/grpo-kg/id/record/arxiv/2503.05132", Iris.record(key("2503.05132")));
        assertEquals("https://w3id.org/grpo-kg/id/entry/github/Deep-Agent/R1-V", Iris.entry(key("Deep-Agent/R1-V")));
        assertEquals("https://w3id.org/grpo-kg/id/record/github/Deep-Agent/R1-V", Iris.record(key("Deep-Agent/R1-V")));
    }

    @Test
    void oldStyleArxivIdsKeepArxivsOwnPathWithTheSlashAsASegmentSeparator() {
        // arxiv.org/abs/math.GT/0309136 has the slash as a path separator too; %2F would be refused by
        // servers that reject encoded slashes (Jetty's default), so the slash stays a plain separator.
        String work = Iris.entry(key("math.GT/0309136"));
        assertEquals("https://w3id.org/grpo-kg/id/entry/arxiv/math.GT/0309136", work);
        assertEquals("https://w3id.org/grpo-kg/id/record/arxiv/cs/0101001", Iris.record(key("cs/0101001")));
        org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(work);
        assertTrue(iri.isAbsolute() && !iri.hasViolations(), work);
        assertEquals("/grpo-kg/id/entry/arxiv/math.GT/0309136", URI.create(work).getRawPath());
        assertNotEquals(Iris.entry(key("cs/0101001")), Iris.entry(key("cs/0101002")));
        assertEquals("cs_0101001", key("cs/0101001").fileKey(), "file names hold no slash");
    }

    @Test
    void correctionsAreKeyedByRecordAndField() {
        String record = Iris.record(key("2503.12797"));
        assertEquals(record + "/correction/date", Iris.correction(record, "date"));
        assertNotEquals(Iris.correction(record, "date"), Iris.correction(record, "title"));
        assertNotEquals(Iris.correction(record, "date"), Iris.correction(Iris.record(key("2502.19634")), "date"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Qwen/Qwen2-VL-2B            | https://w3id.org/grpo-kg/id/model/Qwen/Qwen2-VL-2B
        OpenGVLab/InternVL2_5-8B    | https://w3id.org/grpo-kg/id/model/OpenGVLab/InternVL2_5-8B
        org/a b+c                   | https://w3id.org/grpo-kg/id/model/org/a%20b%2Bc
        org/x?y#z                   | https://w3id.org/grpo-kg/id/model/org/x%3Fy%23z
        org/ünï                     | https://w3id.org/grpo-kg/id/model/org/%C3%BCn%C3%AF
        """)
    void modelIdsKeepTheirCaseAndAreEncodedPerSegment(String id, String iri) {
        assertEquals(iri, Iris.model(id));
        URI.create(Iris.model(id)); // a valid IRI/URI: no raw space, '?' or '#'
    }

    @Test
    void caseSensitiveIdsDoNotCollide() {
        assertNotEquals(Iris.model("Qwen/Qwen2-VL-2B"), Iris.model("qwen/qwen2-vl-2b"), "Hugging Face ids are case-sensitive");
        assertNotEquals(Iris.model("a/b-c"), Iris.model("a-b/c"), "the slash between org and name is kept");
        assertNotEquals(Iris.model("a/b"), Iris.dataset("a/b"), "a model and a dataset of one id are two resources");
        assertNotEquals(Iris.paper(new org.grpokg.model.ArxivId("2503.05132")), Iris.project(new org.grpokg.model.RepoRef("2503", "05132")));
    }

    @Test
    void namesWithoutIdsAreSluggedAndSpellingsOfOneNameMeet() {
        assertEquals("https://w3id.org/grpo-kg/id/person/jose-perez", Iris.person("José Pérez"));
        assertEquals(Iris.person("José Pérez"), Iris.person("Jose Perez"), "accents do not split a person");
        assertEquals(Iris.benchmark("MathVista"), Iris.benchmark("mathvista"));
        assertTrue(Iris.benchmark("中文").startsWith("https://w3id.org/grpo-kg/id/benchmark/%"), "no empty slug: " + Iris.benchmark("中文"));
        URI.create(Iris.benchmark("中文"));
    }
}
