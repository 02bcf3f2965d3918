package org.grpokg.catalogue.importer;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.model.Entry;

/**
 * Reads an HTML block ({@code <table>}, {@code <ul>}, {@code <p>} with {@code <a href>}) as lines of a
 * list: it is cut into units at row, item, paragraph and line-break ends; cells are joined by {@code |};
 * other tags are dropped but anchors and images, and each unit is read as a paragraph by the
 * {@link BulletReader}, at the line it starts on.
 */
final class HtmlBlockReader {

    private static final Pattern UNIT_END = Pattern.compile("(?i)</tr\\s*>|</li\\s*>|</p\\s*>|<br\\s*/?>|</h[1-6]\\s*>|</div\\s*>|</summary\\s*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern OTHER_TAG = Pattern.compile("(?i)</?(?!a[\\s>/]|img[\\s>/])[a-z][a-z0-9]*(?:\\s[^<>]*)?/?>|<!--.*?-->");

    private final BulletReader bullets;

    HtmlBlockReader(BulletReader bullets) {
        this.bullets = bullets;
    }

    /** True when the block holds an address (anchors, or bare addresses in text). */
    static boolean hasLinks(HtmlBlock block) {
        String s = block.getLiteral().toLowerCase(java.util.Locale.ROOT);
        return s.contains("href") || s.contains("http://") || s.contains("https://");
    }

    void read(HtmlBlock block, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        String html = block.getLiteral();
        int line = place.at(block).line();
        Matcher m = UNIT_END.matcher(html);
        int start = 0;
        while (start < html.length()) {
            int end = m.find(start) ? m.end() : html.length();
            String unit = html.substring(start, end);
            int link = firstLink(unit);
            int unitLine = line + count(html.substring(0, start + Math.max(0, link)), '\n');
            String text = OTHER_TAG.matcher(CELL_END.matcher(unit).replaceAll(" | ")).replaceAll(" ")
                    .replaceAll("\\s+", " ").trim();
            if (!text.isEmpty() && (text.contains("href") || text.contains("http"))) {
                Node doc = MarkdownSyntax.parse(text);
                InlineLinks.normalise(doc);
                if (doc.getFirstChild() instanceof Paragraph p) {
                    bullets.readParagraph(p, new Place(place.file(), unitLine, text), trail, emit);
                }
            }
            start = end;
        }
    }

    /** Where the unit's first address is: an anchor or a bare address; -1 when none. */
    private static int firstLink(String unit) {
        String lower = unit.toLowerCase(java.util.Locale.ROOT);
        int href = lower.indexOf("href");
        int http = lower.indexOf("http");
        return href < 0 ? http : http < 0 ? href : Math.min(href, http);
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
