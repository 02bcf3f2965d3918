package org.grpokg.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown parser of the project (CommonMark with GitHub tables) and small tree helpers. */
public final class MarkdownSyntax {

    private static final Set<Extension> EXTENSIONS = Set.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(List.copyOf(EXTENSIONS))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownSyntax() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** 1-based line of a node, 0 when the parser kept no span. */
    public static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }

    /** The plain text of a node: text and code spans, line breaks as spaces, inline HTML dropped. */
    public static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.append(' ');
        } else if (node instanceof HtmlInline) {
            sb.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, sb);
        }
    }

    /** The links under a node, in document order (nested links included). */
    public static List<Link> links(Node node) {
        List<Link> out = new ArrayList<>();
        collectLinks(node, out);
        return out;
    }

    private static void collectLinks(Node node, List<Link> out) {
        if (node instanceof Link l) {
            out.add(l);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectLinks(child, out);
        }
    }
}
