package org.grpokg.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.grpokg.catalogue.CatalogueDates;
import org.grpokg.catalogue.InputText;
import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.Section;

/**
 * Writes a catalogue in the layout of {@code data/catalogue.md}: the title, the introduction, one
 * {@code ##} section each, tables as Date | Paper | Repository (dates like {@code Mar 18, 2025},
 * {@code -} for no repository, newest first, columns padded, after a blank line) and bullet lists of
 * links (right under their heading, as catalogue.md writes them).
 */
final class CatalogueMarkdown {

    private static final String DEFAULT_LABEL = "GitHub";

    private CatalogueMarkdown() {
    }

    /**
     * @throws RenderException when a text holds a control character or an unclosed bidirectional
     *         override: Markdown has no escape for them that reads back as the same text, so they are
     *         refused rather than written raw (docs/decisions/0015-strict-input.md)
     */
    static String write(Catalogue c) {
        check("the catalogue", "title", c.title());
        check("the catalogue", "introduction", c.introduction());
        for (Section s : c.sections()) {
            check("section '" + s.heading().replaceAll("\\p{Cc}", "?") + "'", "heading", s.heading());
            for (Entry e : s.entries()) {
                String who = "entry " + e.key();
                check(who, "title", e.title());
                check(who, "link label", e.linkLabel());
                check(who, "paper link", e.paperUrl());
                check(who, "repository link", e.repoUrl());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(c.title()).append("\n\n");
        if (!c.introduction().isBlank()) {
            sb.append(c.introduction().strip()).append("\n\n");
        }
        for (Section s : c.sections()) {
            sb.append("## ").append(s.heading()).append('\n');
            if (s.layout() == Section.Layout.TABLE) {
                sb.append('\n');
                table(s.entries(), sb);
            } else {
                for (Entry e : s.entries()) {
                    sb.append("- ").append(bullet(e)).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void check(String who, String what, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            InputText.problem(line).ifPresent(p -> {
                throw new RenderException(who + ": its " + what + " has a " + p.replaceFirst(" \\(.*$", "")
                        + ": not written into Markdown (correct the entry's file and build again)");
            });
        }
    }

    /** Newest first; entries of one day, and undated ones at the end, in listed order. */
    private static void table(List<Entry> entries, StringBuilder sb) {
        List<Entry> rows = new ArrayList<>(entries);
        rows.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Date", "Paper", "Repository"});
        for (Entry e : rows) {
            cells.add(new String[] {
                e.date() == null ? "-" : CatalogueDates.format(e.date()),
                link(e.title(), e.paperUrl() != null ? e.paperUrl() : e.repoUrl(), true),
                e.repoUrl() == null ? "-" : link(e.linkLabel() != null ? e.linkLabel() : DEFAULT_LABEL, e.repoUrl(), true)});
        }
        int[] width = new int[3];
        for (String[] row : cells) {
            for (int i = 0; i < 3; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            sb.append('|');
            for (int i = 0; i < 3; i++) {
                sb.append(' ').append(cells.get(r)[i]).append(" ".repeat(width[i] - cells.get(r)[i].length())).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                for (int i = 0; i < 3; i++) {
                    sb.append("-".repeat(width[i] + 2)).append('|');
                }
                sb.append('\n');
            }
        }
    }

    /** The title linked to the paper (else the repository), then the repository when both are listed. */
    private static String bullet(Entry e) {
        String main = e.paperUrl() != null ? e.paperUrl() : e.repoUrl();
        String s = link(e.title(), main, false);
        if (e.paperUrl() != null && e.repoUrl() != null) {
            s += " " + link(e.linkLabel() != null ? e.linkLabel() : DEFAULT_LABEL, e.repoUrl(), false);
        }
        return s;
    }

    static String link(String text, String url, boolean inTable) {
        StringBuilder t = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\[]*_`<".indexOf(ch) >= 0 || (inTable && ch == '|')) {
                t.append('\\');
            }
            t.append(ch);
        }
        String u = url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
        return "[" + t + "](" + u + ")";
    }
}
