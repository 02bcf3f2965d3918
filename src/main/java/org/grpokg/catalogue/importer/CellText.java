package org.grpokg.catalogue.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table cell's text as a value: empty when it only says there is nothing ({@code -}, {@code N/A},
 * {@code TBD}, {@code not release}, {@code no}, {@code ✗} ...), and with fullwidth and ideographic
 * separators ({@code ，}, {@code 、}, {@code ；}) written as ASCII ones, so lists in cells split one way.
 */
final class CellText {

    private static final Pattern EMPTY = Pattern.compile("[-–—/_.·*?✗✘×❌]*|n/?a|none|null|nil|no|not? ?(?:yet )?(?:release|released|"
            + "available|provided|public|open[- ]?sourced?)|tbd|tba|todo|coming soon|unknown|\\(unknown\\)|empty");

    private CellText() {
    }

    /** True when the cell says nothing: blank, a dash, or a word for "none". */
    static boolean isEmpty(String text) {
        if (text == null) {
            return true;
        }
        String t = InlineText.clean(text).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return EMPTY.matcher(t).matches();
    }

    /** The text with fullwidth and ideographic separators as ASCII ones ({@code a，b} gives {@code a, b}). */
    static String normalise(String text) {
        return text.replaceAll("\\s*[，、]\\s*", ", ").replaceAll("\\s*；\\s*", "; ").replaceAll("\\s*：\\s*", ": ")
                .replaceAll("\\s+", " ").trim();
    }
}
