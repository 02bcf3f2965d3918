package org.grpokg.catalogue.facets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table cell into the values it lists: on {@code ,} {@code ，} {@code ;} {@code /} {@code &}
 * {@code +} (not the {@code ++} of REINFORCE++), line breaks ({@code <br>}) and the word "and";
 * {@code Qwen2.5-VL-(3B,7B)} is two values; a separator inside parentheses is part of a remark, not a
 * split ({@code Moderation (Prompt & Response Harmfulness Detection)} is one value). Markers of nothing ({@code -}, {@code not release},
 * {@code N/A} ...) give no value.
 */
final class CellValues {

    private static final Pattern SIZES = Pattern.compile(
            "([^,，;；/&()]*?)[\\s-]*\\(\\s*(\\d+(?:\\.\\d+)?\\s*[BbMm](?:\\s*[,，/]\\s*\\d+(?:\\.\\d+)?\\s*[BbMm])+)\\s*\\)([^,，;；/&()]*)");
    private static final Pattern SEPARATORS = Pattern.compile("[,，;；/&、|]|(?<!\\+)\\+(?!\\+)|\\s+and\\s+|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOTHING = Set.of("", "-", "--", "–", "—", "n/a", "na", "none", "no", "not release",
            "no release", "not released", "unknown", "(unknown)", "?", "tbd", "x", "✗", "×", "/", "null", "nan");

    private CellValues() {
    }

    static List<String> split(String cell) {
        if (isNothing(cell)) {
            return List.of();
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC)
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")   // a link: its text
                .replaceAll("[*`_~]{2,}|(?<!\\w)[*`](?!\\w)", " ")
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-');
        Matcher m = SIZES.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            List<String> each = new ArrayList<>();
            for (String size : m.group(2).split("[,，/]")) {
                each.add((m.group(1).trim() + "-" + size.trim() + m.group(3)).trim());
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(String.join(", ", each)));
        }
        m.appendTail(expanded);
        List<String> values = new ArrayList<>();
        for (String part : outsideParentheses(expanded)) {
            String v = trimmed(part.replaceAll("\\s+", " ")).replaceFirst("(?i)^and\\s+", "").trim();
            if (!isNothing(v)) {
                values.add(v);
            }
        }
        return values;
    }

    /**
     * The parts between separators that stand outside parentheses: {@code Moderation (Prompt &
     * Response Harmfulness Detection)} is one value, its {@code &} a word of the remark.
     */
    private static List<String> outsideParentheses(CharSequence whole) {
        String text = whole.toString().trim();
        while (text.startsWith("(") && closing(text) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).trim(); // the whole cell in parentheses: "(T, I)"
        }
        int[] depth = new int[text.length() + 1];
        for (int i = 0, d = 0; i < text.length(); i++) {
            depth[i] = d;
            char c = text.charAt(i);
            d = Math.max(0, d + (c == '(' ? 1 : c == ')' ? -1 : 0));
        }
        List<String> parts = new ArrayList<>();
        Matcher sep = SEPARATORS.matcher(text);
        int from = 0;
        while (sep.find()) {
            if (depth[sep.start()] == 0) {
                parts.add(text.subSequence(from, sep.start()).toString());
                from = sep.end();
            }
        }
        parts.add(text.subSequence(from, text.length()).toString());
        return parts;
    }

    /** Without surrounding spaces, dots and colons, and without a parenthesis that does not close (or open) inside it. */
    private static String trimmed(String v) {
        String t = v.replaceAll("^[\\s.:)]+|[\\s.:(]+$", "");
        while (t.startsWith("(") && (t.indexOf(')') < 0 || balance(t) > 0)) {
            t = t.substring(1).replaceAll("^[\\s.:]+", "");
        }
        while (t.endsWith(")") && balance(t) < 0) {
            t = t.substring(0, t.length() - 1).replaceAll("[\\s.:]+$", "");
        }
        return t;
    }

    /** The index of the parenthesis closing the one at 0; -1 when it does not close. */
    private static int closing(String t) {
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            d += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
            if (d == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int balance(String t) {
        int b = 0;
        for (int i = 0; i < t.length(); i++) {
            b += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
        }
        return b;
    }

    /** Whether a cell says nothing ({@code -}, {@code not release}, {@code N/A} ...). */
    static boolean isNothing(String value) {
        return NOTHING.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
