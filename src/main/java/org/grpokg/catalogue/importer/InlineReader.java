package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.grpokg.model.PartialDate;

/**
 * Reads the inline content of a list item or a title cell, from the syntax tree: what comes before
 * the first link ({@code [2503]}, {@code **[Image]**}, a title written as text, bold or not) and the
 * links, badges left out. The title is that text, else the first link when it names something
 * ({@code [R1-VL: Learning to ...](arxiv)}, {@code [EasyR1 💻](github)}), else the longest bracketed
 * name ({@code [V1: Toward ...]}, a title whose link was forgotten).
 */
final class InlineReader {

    /**
     * An item's text, read.
     *
     * @param title       the title, emoji removed; "" when none
     * @param titleLink   the link the title is the text of; null when the title is text
     * @param titleUnlinked true when the title is a bracketed name without link
     * @param date        the date in front of the title; null when none
     * @param unreadDate  a bracketed token that looks like a date but is not one (a month without year); null when none
     * @param tags        emphasised bracketed tags ({@code **[Image]**} gives "Image")
     * @param links       the links, title link and badges excluded, in order
     * @param text        the plain text of the item (for messages)
     */
    record ItemText(String title, Link titleLink, boolean titleUnlinked, PartialDate date, String unreadDate,
                    List<String> tags, List<Link> links, String text) {
    }

    private sealed interface Piece permits TextPiece, LinkPiece {
    }

    private record TextPiece(String text, boolean emphasised) implements Piece {
    }

    private record LinkPiece(Link link) implements Piece {
    }

    private static final Pattern LEADING_TOKEN = Pattern.compile("^\\s*\\[([^\\[\\]]*)]");
    private static final Pattern BRACKETED = Pattern.compile("^\\[(.*)]$", Pattern.DOTALL);
    private static final Pattern LEADING_WORD = Pattern.compile("^\\s*(\\S+)\\s+");
    /** A prefix of at most this many words before a link naming more is a venue, tag or note, not the title. */
    private static final int PREFIX_WORDS = 3;
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*([^:|\\[\\]]{2,20}?)\\s*(?::|\\||\\s[-–—]\\s)");

    private InlineReader() {
    }

    /** Reads the inline children of the given nodes (the paragraphs of an item, or a table cell). */
    static ItemText read(List<Node> containers) {
        List<Piece> pieces = new ArrayList<>();
        for (Node c : containers) {
            flatten(c, false, pieces);
        }
        pieces = merged(pieces);
        int first = 0;
        while (first < pieces.size() && !(pieces.get(first) instanceof LinkPiece)) {
            first++;
        }
        PartialDate date = null;
        String unreadDate = null;
        List<String> tags = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof TextPiece t) {
                all.append(t.text());
                if (i >= first) {
                    continue;
                }
                String s = t.text();
                Matcher bracketed = BRACKETED.matcher(s.trim());
                if (t.emphasised() && bracketed.matches()) {
                    String inner = bracketed.group(1).trim();
                    if (date == null && DateStyles.isDateOnly(inner)) {
                        date = DateStyles.find(inner).orElseThrow();
                    } else if (!inner.isEmpty()) {
                        tags.add(InlineText.clean(inner));
                    }
                    continue;
                }
                if (!t.emphasised() && clean(title.toString()).isEmpty()) {
                    Matcher m;
                    while ((m = LEADING_TOKEN.matcher(s)).find()) {
                        String token = m.group(1).trim();
                        if (date == null && DateStyles.isDateOnly(token)) {
                            date = DateStyles.find(token).orElseThrow();
                        } else if (DateStyles.isBareMonth(token)) {
                            unreadDate = token;
                        } else if (!token.isEmpty()) {
                            names.add(InlineText.clean(token));
                        }
                        s = s.substring(m.end());
                    }
                    Matcher d = LEADING_DATE.matcher(s);
                    Matcher w = LEADING_WORD.matcher(s);
                    if (date == null && DateStyles.isDateOnly(s.trim())) {
                        date = DateStyles.find(s.trim()).orElseThrow();
                        s = "";
                    } else if (date == null && d.find() && DateStyles.isDateOnly(d.group(1))) {
                        date = DateStyles.find(d.group(1)).orElseThrow();
                        s = s.substring(d.end());
                    } else if (date == null && w.find() && DateStyles.isDateOnly(w.group(1)) && w.group(1).matches(".*\\d.*")) {
                        date = DateStyles.find(w.group(1)).orElseThrow();
                        s = s.substring(w.end());
                    }
                }
                title.append(s);
            } else if (pieces.get(i) instanceof LinkPiece l) {
                all.append(' ').append(InlineText.of(l.link())).append(' ');
            }
        }
        List<Link> links = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof LinkPiece l) {
                links.add(l.link());
            }
        }
        String titleText = clean(title.toString());
        Link titleLink = null;
        boolean unlinked = false;
        if (titleText.isEmpty() && !links.isEmpty()) {
            LinkClassifier.Label label = LinkClassifier.label(links.get(0));
            if (!label.isLabel() || (!label.onlyLabelWords() && names.isEmpty())) {
                titleLink = links.remove(0);
                titleText = clean(label.text());
            }
        }
        if (!titleText.isEmpty() && !links.isEmpty()) {
            LinkClassifier.Label label = LinkClassifier.label(links.get(0));
            int prefix = words(titleText);
            if (!label.isLabel() && prefix <= PREFIX_WORDS && words(clean(label.text())) > prefix
                    && LinkTarget.of(links.get(0).getDestination()).kind().usable()) {
                tags.add(titleText);
                titleLink = links.remove(0);
                titleText = clean(label.text());
            }
        }
        if (titleText.isEmpty() && !names.isEmpty()) {
            titleText = names.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            unlinked = true;
        }
        return new ItemText(titleText, titleLink, unlinked, date, date == null ? unreadDate : null, List.copyOf(tags),
                List.copyOf(links), all.toString().replaceAll("\\s+", " ").trim());
    }

    private static int words(String text) {
        String t = text.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static void flatten(Node node, boolean emphasised, List<Piece> out) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                if (!LinkClassifier.isBadge(l)) {
                    out.add(new LinkPiece(l));
                }
            } else if (c instanceof Image) {
                continue;
            } else if (c instanceof StrongEmphasis || c instanceof Emphasis) {
                flatten(c, true, out);
            } else if (c instanceof Text || c instanceof org.commonmark.node.Code) {
                out.add(new TextPiece(InlineText.of(c).isEmpty() ? " " : literal(c), emphasised));
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak || c instanceof HtmlInline) {
                out.add(new TextPiece(" ", emphasised));
            } else {
                flatten(c, emphasised, out);
            }
        }
    }

    private static String literal(Node n) {
        return n instanceof Text t ? t.getLiteral() : ((org.commonmark.node.Code) n).getLiteral();
    }

    /** Adjacent text pieces of the same emphasis joined, so tokens split by the parser read whole. */
    private static List<Piece> merged(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : in) {
            if (p instanceof TextPiece t && !out.isEmpty() && out.get(out.size() - 1) instanceof TextPiece prev
                    && prev.emphasised() == t.emphasised()) {
                out.set(out.size() - 1, new TextPiece(prev.text() + t.text(), t.emphasised()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A title as text: emoji removed, separators trimmed at both ends, a lone "(...)" dropped. */
    static String clean(String text) {
        String t = InlineText.clean(text).replaceAll("^[\\s\\-–—:|,;.·•*]+", "").replaceAll("[\\s\\-–—:|,;(\\[·•*]+$", "");
        return t.matches("\\([^()]*\\)") ? "" : t;
    }
}
