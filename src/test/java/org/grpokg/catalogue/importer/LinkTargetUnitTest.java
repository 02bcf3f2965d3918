package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grpokg.catalogue.importer.LinkTarget.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTargetUnitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://arxiv.org/abs/2503.12797, 2503.12797",
        "https://arxiv.org/pdf/2503.12797, 2503.12797",
        "https://arxiv.org/pdf/2503.12797v2, 2503.12797",
        "https://arxiv.org/pdf/2503.12797.pdf, 2503.12797",
        "https://arxiv.org/html/2503.12797v1, 2503.12797",
        "https://www.arxiv.org/abs/2503.12797, 2503.12797",
        "http://arxiv.org/abs/2503.12797v3, 2503.12797",
        "https://huggingface.co/papers/2503.01785, 2503.01785",
        "https://arxiv.org/abs/2506.08052?, 2506.08052",
    })
    void arxivLinksInEveryStyleNameOneId(String url, String id) {
        LinkTarget t = LinkTarget.of(url);
        assertEquals(Kind.ARXIV, t.kind());
        assertEquals(id, t.arxiv().id());
    }

    @Test
    void aRedirectIsFollowedAndSaidSo() {
        LinkTarget t = LinkTarget.of("https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/2503.07536");
        assertEquals(Kind.ARXIV, t.kind());
        assertEquals("2503.07536", t.arxiv().id());
        assertTrue(t.note().contains("redirect"), t.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://github.com/om-ai-lab/VLM-R1, om-ai-lab/VLM-R1",
        "https://github.com/jonathan-roberts1/zerobench/, jonathan-roberts1/zerobench",
        "https://github.com/om-ai-lab/VLM-R1/tree/main?tab=readme-ov-file, om-ai-lab/VLM-R1",
        "https://github.com/LanceZPF/MDK12#-datasets, LanceZPF/MDK12",
    })
    void repositoryRootsAreRepositories(String url, String slug) {
        LinkTarget t = LinkTarget.of(url);
        assertEquals(Kind.REPOSITORY, t.kind());
        assertEquals(slug, t.repo().slug());
    }

    @Test
    void aSubfolderIsNotARepositoryButKeepsItsOwnerAndName() {
        LinkTarget t = LinkTarget.of("https://github.com/jefferyZhan/Griffon/tree/master/Vision-R1");
        assertEquals(Kind.GITHUB_PATH, t.kind());
        assertEquals("jefferyZhan/Griffon", t.repo().slug());
        assertEquals("a subfolder", t.note());
        assertEquals(Kind.GITHUB_PATH, LinkTarget.of("https://github.com/SkyworkAI/Skywork-R1V/blob/main/Skywork_R1V.pdf").kind());
    }

    @Test
    void pagesPdfsAndUserPagesAreNotRepositories() {
        assertEquals(Kind.PAGE, LinkTarget.of("https://tanhuajie.github.io/ReasonRFT").kind());
        assertEquals(Kind.PDF, LinkTarget.of("https://proceedings.neurips.cc/paper/x-Paper.pdf").kind());
        assertEquals(Kind.GITHUB_PAGE, LinkTarget.of("https://github.com/open_upon_acceptance").kind());
        assertEquals(Kind.PAGE, LinkTarget.of("https://huggingface.co/OpenGVLab/VisualPRM-8B").kind());
    }

    @Test
    void unusableAddressesAreTold() {
        assertEquals(Kind.EMPTY, LinkTarget.of("").kind());
        assertEquals(Kind.ANCHOR, LinkTarget.of("#papers").kind());
        assertEquals(Kind.RELATIVE, LinkTarget.of("LICENSE").kind());
        assertEquals(Kind.MALFORMED, LinkTarget.of("github.com/a/b").kind());
    }

    @Test
    void aNestedLinkNamingTwoPapersIsNotGuessed() {
        LinkTarget t = LinkTarget.of("[https://arxiv.org/pdf/2503.18013v1](https://arxiv.org/pdf/2503.17352v1)");
        assertEquals(Kind.MALFORMED, t.kind());
        assertNull(t.arxiv());
        assertTrue(t.note().contains("2503.18013") && t.note().contains("2503.17352"), t.note());
    }

    @Test
    void aNestedLinkNamingOnePaperIsRead() {
        LinkTarget t = LinkTarget.of("[https://arxiv.org/abs/2509.00010](https://arxiv.org/abs/2509.00010v2)");
        assertEquals(Kind.ARXIV, t.kind());
        assertEquals("2509.00010", t.arxiv().id());
        assertNotNull(t.note());
    }
}
