package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What a link is for, from its text: a label ({@code [paper]}, {@code [[code]]}, {@code Code 💻},
 * {@code 📑Paper}, {@code Project page}, {@code Model 🤗}) or a name (a title, a project's name),
 * possibly marked by an emoji ({@code [EasyR1 💻]}). Badges (links around images) are neither.
 */
final class LinkClassifier {

    /**
     * The role of a link in an entry; {@code NAME} for a link whose text names something (no label
     * word, no emoji): it gives the paper or repository only when no labelled link does.
     */
    enum Role { PAPER, CODE, PROJECT, OTHER, NAME }

    /**
     * A link's text read as a label or a name.
     *
     * @param text      the text without emoji and brackets
     * @param labelRole the role its words say, when the text is a label; null for a name
     * @param emojiRole the role an emoji in it says; null when none
     * @param onlyLabelWords true when every word is a label word ({@code Project website}, not {@code Train Code})
     */
    record Label(String text, Role labelRole, Role emojiRole, boolean onlyLabelWords) {
        boolean isLabel() {
            return labelRole != null;
        }
    }

    private static final Map<String, Role> WORDS = words();
    private static final int MAX_LABEL_WORDS = 4;

    private LinkClassifier() {
    }

    private static Map<String, Role> words() {
        Map<String, Role> m = new java.util.HashMap<>();
        for (String w : List.of("paper", "papers", "pdf", "arxiv", "preprint", "article", "publication", "abs",
                "abstract", "openreview", "proceedings", "doi")) {
            m.put(w, Role.PAPER);
        }
        for (String w : List.of("code", "codes", "github", "gitlab", "repo", "repository", "implementation", "source")) {
            m.put(w, Role.CODE);
        }
        for (String w : List.of("project", "page", "homepage", "website", "site", "web", "home")) {
            m.put(w, Role.PROJECT);
        }
        for (String w : List.of("blog", "model", "models", "checkpoint", "checkpoints", "weights", "dataset", "datasets",
                "data", "demo", "space", "spaces", "huggingface", "hf", "report", "slides", "poster", "leaderboard")) {
            m.put(w, Role.OTHER);
        }
        return Map.copyOf(m);
    }

    /** True for a link that only wraps an image: a badge ({@code [![stars](shields.io/...)](...)}). */
    static boolean isBadge(Link link) {
        boolean image = false;
        for (Node c = link.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image) {
                image = true;
            } else if (!(c instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        return image;
    }

    static Label label(Link link) {
        String raw = InlineText.of(link);
        Role emoji = emojiRole(raw);
        String text = InlineText.clean(raw).replaceAll("^[\\[(\\s]+|[])\\s]+$", "").trim();
        List<String> ws = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                ws.add(w);
            }
        }
        if (ws.isEmpty()) {
            return new Label(text, emoji != null ? emoji : Role.OTHER, emoji, true);
        }
        Role first = WORDS.get(ws.get(0));
        Role last = WORDS.get(ws.get(ws.size() - 1));
        Role role = ws.size() <= MAX_LABEL_WORDS ? (last != null ? last : first) : null;
        return new Label(text, role, emoji, WORDS.keySet().containsAll(ws));
    }

    /** The role an emoji in the text marks: 💻 🖥 ⌨ code, 📑 📄 📃 📜 paper, 🌐 🏠 project, 🤗 other. */
    static Role emojiRole(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case 0x1F4BB, 0x1F5A5, 0x2328 -> {
                    return Role.CODE;
                }
                case 0x1F4D1, 0x1F4C4, 0x1F4C3, 0x1F4DC -> {
                    return Role.PAPER;
                }
                case 0x1F310, 0x1F3E0 -> {
                    return Role.PROJECT;
                }
                case 0x1F917 -> {
                    return Role.OTHER;
                }
                default -> {
                    // not a role emoji
                }
            }
        }
        return null;
    }
}
