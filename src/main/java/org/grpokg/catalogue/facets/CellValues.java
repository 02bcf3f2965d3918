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
 * {@code Qwen2.5-VL-(3B,7B)} is two values. Markers of nothing ({@code -}, {@code not release},
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
        for (String part : SEPARATORS.split(expanded)) {
            String v = part.replaceAll("\\s+", " ").replaceAll("^[\\s.:(]+|[\\s.:)]+$", "").replaceFirst("(?i)^and\\s+", "").trim();
            if (!isNothing(v)) {
                values.add(v);
            }
        }
        return values;
    }

    /** Whether a cell says nothing ({@code -}, {@code not release}, {@code N/A} ...). */
    static boolean isNothing(String value) {
        return NOTHING.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
