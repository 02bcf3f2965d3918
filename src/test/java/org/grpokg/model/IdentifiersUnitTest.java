package org.grpokg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2503.05132", "https://arxiv.org/abs/2503.05132v2",
        "http://www.arxiv.org/pdf/2503.05132v1.pdf", "https://arxiv.org/pdf/2503.05132", "https://arxiv.org/html/2503.05132v2",
        "https://huggingface.co/papers/2503.05132", "https://arxiv.org/abs/2503.05132/"})
    void arxivLinksNormaliseToOneId(String url) {
        assertEquals(Optional.of(new ArxivId("2503.05132")), ArxivId.fromUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/a/b", "https://arxiv.org/list/cs.CV/recent", "https://arxiv.org/abs/25.0513"})
    void otherLinksNameNoArxivId(String url) {
        assertTrue(ArxivId.fromUrl(url).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/om-ai-lab/VLM-R1, om-ai-lab/VLM-R1", "https://github.com/om-ai-lab/VLM-R1/, om-ai-lab/VLM-R1",
        "https://www.github.com/a-b/c.d_e.git, a-b/c.d_e"})
    void githubRepositoryRoots(String url, String slug) {
        assertEquals(slug, RepoRef.fromUrl(url).orElseThrow().slug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/jefferyZhan/Griffon/tree/master/Vision-R1", "https://github.com/om-ai-lab",
        "https://om-ai-lab.github.io/index.html", "https://github.com/a/b/blob/main/x.pdf"})
    void notRepositoryRoots(String url) {
        assertTrue(RepoRef.fromUrl(url).isEmpty());
    }

    @Test
    void repositoryIdentityIgnoresCaseInOnePlace() {
        RepoRef a = new RepoRef("Fancy-MLLM", "R1-onevision");
        RepoRef b = new RepoRef("fancy-mllm", "R1-Onevision");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertEquals(Set.of(a), new HashSet<>(List.of(a, b)), "one repository in a set");
        assertEquals("Fancy-MLLM/R1-onevision", a.slug(), "the spelling is kept for display");
        assertNotEquals(a, new RepoRef("Fancy-MLLM", "R1-Onevision2"));
        assertEquals(EntryKey.parse("Deep-Agent/R1-V"), EntryKey.parse("deep-agent/r1-v"));
        assertNotEquals(EntryKey.parse("2503.05132"), EntryKey.parse("2503.05133"));
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Alignment, BradyFU/Awesome-Multimodal-Large-Language-Models",
        "https://github.com/a/b, a/b", "https://github.com/a/b.git, a/b", "https://github.com/a/b/blob/main/x.pdf, a/b"})
    void aLinkIntoARepositoryNamesIt(String url, String slug) {
        assertEquals(slug, RepoRef.containing(url).orElseThrow().slug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/om-ai-lab", "https://om-ai-lab.github.io/x/y", "https://gitlab.com/a/b"})
    void otherLinksAreInNoRepository(String url) {
        assertTrue(RepoRef.containing(url).isEmpty());
    }
}
