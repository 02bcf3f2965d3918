package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Makes every way of writing a link in a list a {@link Link} node of the syntax tree, so the readers
 * see one kind: HTML anchors ({@code <a href="...">text</a>}, in inline HTML) and bare addresses in text
 * ({@code https://arxiv.org/abs/...}, {@code www.github.com/...}: GitHub turns them into links; plain
 * CommonMark does not). Code spans and the insides of links are left alone.
 */
final class InlineLinks {

    /** A bare address as GitHub's autolinker finds it; trailing punctuation is trimmed after. */
    static final Pattern BARE = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`]+");
    private static final Pattern A_OPEN = Pattern.compile("(?is)^<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>$");
    private static final Pattern A_CLOSE = Pattern.compile("(?i)^</a\\s*>$");
    private static final Pattern IMG = Pattern.compile("(?is)^<img\\s[^>]*?src\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>$");

    private InlineLinks() {
    }

    /** Rewrites the tree under {@code root} in place. */
    static void normalise(Node root) {
        anchors(root);
        bare(root, false);
    }

    private static void anchors(Node node) {
        for (Node c = node.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof HtmlInline h) {
                Matcher open = A_OPEN.matcher(h.getLiteral().trim());
                Matcher img = IMG.matcher(h.getLiteral().trim());
                if (open.matches()) {
                    Node close = next;
                    while (close != null && !(close instanceof HtmlInline hc && A_CLOSE.matcher(hc.getLiteral().trim()).matches())) {
                        close = close.getNext();
                    }
                    if (close != null) {
                        Link link = new Link(htmlUnescape(first(open)), null);
                        for (Node inner = h.getNext(); inner != close; ) {
                            Node n = inner.getNext();
                            link.appendChild(inner);
                            inner = n;
                        }
                        link.setSourceSpans(h.getSourceSpans());
                        h.insertBefore(link);
                        h.unlink();
                        next = close.getNext();
                        close.unlink();
                        anchors(link);
                    }
                } else if (img.matches()) {
                    Image image = new Image(htmlUnescape(first(img)), null);
                    image.setSourceSpans(h.getSourceSpans());
                    h.insertBefore(image);
                    h.unlink();
                }
            } else if (!(c instanceof Code)) {
                anchors(c);
            }
            c = next;
        }
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String htmlUnescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").trim();
    }

    private static void bare(Node node, boolean inLink) {
        for (Node c = node.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof Text t && !inLink) {
                split(t);
            } else if (!(c instanceof Code)) {
                bare(c, inLink || c instanceof Link || c instanceof Image);
            }
            c = next;
        }
    }

    /** Splits a text node around the bare addresses in it. */
    private static void split(Text t) {
        String s = t.getLiteral();
        Matcher m = BARE.matcher(s);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            String url = trim(m.group());
            if (url.length() < 12) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new Text(s.substring(at, m.start())));
            }
            String dest = url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
            Link link = new Link(dest, null);
            link.appendChild(new Text(url));
            parts.add(link);
            at = m.start() + url.length();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (at < s.length()) {
            parts.add(new Text(s.substring(at)));
        }
        for (Node p : parts) {
            p.setSourceSpans(t.getSourceSpans());
            t.insertBefore(p);
        }
        t.unlink();
    }

    /** GitHub's rule: trailing punctuation is not part of the address; a closing bracket only when unbalanced. */
    static String trim(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            if (u.endsWith("()")) {
                u = u.substring(0, u.length() - 2);
            } else if (".,:;!?*_~'\"".indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
            } else if (last == ')' && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
            } else if (last == ']' && count(u, '[') < count(u, ']')) {
                u = u.substring(0, u.length() - 1);
            } else {
                break;
            }
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
