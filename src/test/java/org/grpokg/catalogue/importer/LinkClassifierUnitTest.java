package org.grpokg.catalogue.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.commonmark.node.Link;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.catalogue.importer.LinkClassifier.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkClassifierUnitTest {

    private static Link link(String markdown) {
        List<Link> links = MarkdownSyntax.links(MarkdownSyntax.parse(markdown));
        return links.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "[[paper]](https://x.org); PAPER",
        "[[📑Paper]](https://x.org); PAPER",
        "[arXiv](https://x.org); PAPER",
        "[[code]](https://x.org); CODE",
        "[Code 💻](https://x.org); CODE",
        "[[🖥️Code]](https://x.org); CODE",
        "[GitHub](https://x.org); CODE",
        "[[Train Code]](https://x.org); CODE",
        "[[project page]](https://x.org); PROJECT",
        "[Project 🌐](https://x.org); PROJECT",
        "[Model 🤗](https://x.org); OTHER",
        "[Cold-Start Datasets 🤗](https://x.org); OTHER",
        "[[VLM-R1 Data]](https://x.org); OTHER",
    })
    void labelsSayTheLinksRole(String markdown, Role role) {
        LinkClassifier.Label label = LinkClassifier.label(link(markdown));
        assertTrue(label.isLabel(), label.toString());
        assertEquals(role, label.labelRole());
    }

    @Test
    void namesAreNotLabelsAndTheirEmojiSaysWhatTheyLinkTo() {
        LinkClassifier.Label easy = LinkClassifier.label(link("[EasyR1 💻](https://github.com/hiyouga/EasyR1)"));
        assertFalse(easy.isLabel());
        assertEquals("EasyR1", easy.text());
        assertEquals(Role.CODE, easy.emojiRole());
        LinkClassifier.Label title = LinkClassifier.label(link("[R1-VL: Learning to Reason with MLLMs](https://arxiv.org/abs/2503.12937)"));
        assertFalse(title.isLabel());
        assertNull(title.emojiRole());
        assertFalse(LinkClassifier.label(link("[Open R1 Video 💻](https://github.com/a/b)")).isLabel());
    }

    @Test
    void aLinkAroundAnImageIsABadge() {
        assertTrue(LinkClassifier.isBadge(link("[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)")));
        assertFalse(LinkClassifier.isBadge(link("[Awesome ![x](https://img.shields.io/x)](https://awesome.re)")));
    }
}
