package org.grpokg.catalogue.importer;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Plain text of inline nodes as a reader sees it: images (badges) left out, emoji removable. */
final class InlineText {

    private InlineText() {
    }

    /** The text of a node and its children: text and code, breaks and inline HTML ({@code <br>}) as spaces, no images. */
    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    static void append(Node node, StringBuilder sb) {
        if (node instanceof Image) {
            return;
        }
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof HtmlInline) {
            sb.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, sb);
        }
    }

    /** The text without emoji and pictographs (and their joiners and variation selectors), spaces collapsed. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean emoji = type == Character.OTHER_SYMBOL || (type == Character.MODIFIER_SYMBOL && cp >= 0x1F000)
                    || cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp == 0x20E3;
            if (!emoji) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }
}
