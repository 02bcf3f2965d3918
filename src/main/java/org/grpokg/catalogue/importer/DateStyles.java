package org.grpokg.catalogue.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grpokg.model.PartialDate;

/**
 * The date styles awesome lists use, read into a {@link PartialDate}: {@code Mar 4, 2025},
 * {@code 4 March 2025}, {@code March 2025}, {@code 2025-03-04}, {@code 2025.03.22},
 * {@code 2025/03}, {@code 2025-03}, {@code 25.03}, {@code 25.04.10}, {@code 2503} (YYMM, as
 * arXiv ids write it) and a bare year. Two-digit years are 20YY. A text holding a date among
 * other words ({@code 25.03 (CVPR2025)}) gives that date. A month without year gives none.
 */
final class DateStyles {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** One style: a pattern searched in the text, and how its groups make a date. */
    private record Style(Pattern pattern, Function<Matcher, Optional<PartialDate>> date) {
    }

    private static final List<Style> STYLES = List.of(
            style("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                    m -> PartialDate.of(num(m, 3), month(m.group(1)), num(m, 2))),
            style("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
                    m -> PartialDate.of(num(m, 3), month(m.group(2)), num(m, 1))),
            style("\\b" + MONTH + ",?\\s+(\\d{4})\\b", m -> PartialDate.of(num(m, 2), month(m.group(1)), 0)),
            style("(?<![\\d.])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])",
                    m -> PartialDate.of(num(m, 1), num(m, 3), num(m, 4))),
            style("(?<![\\d.])(\\d{4})[-./](\\d{1,2})(?![\\d.])", m -> PartialDate.of(num(m, 1), num(m, 2), 0)),
            style("(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])",
                    m -> PartialDate.of(2000 + num(m, 1), num(m, 2), num(m, 3))),
            style("(?<![\\d.])(\\d{2})\\.(\\d{2})(?![\\d.])", m -> PartialDate.of(2000 + num(m, 1), num(m, 2), 0)),
            style("^\\[?(\\d{2})(0[1-9]|1[0-2])]?$", m -> PartialDate.of(2000 + num(m, 1), num(m, 2), 0)),
            style("^\\[?((?:19|20|21)\\d{2})]?$", m -> PartialDate.of(num(m, 1), 0, 0)));

    private static final Pattern MONTH_NAME = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_MONTH = Pattern.compile("^\\[?" + MONTH + "]?$", Pattern.CASE_INSENSITIVE);

    private DateStyles() {
    }

    private static Style style(String regex, Function<Matcher, Optional<PartialDate>> date) {
        return new Style(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), date);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    }

    /** The first date in the text, in the first style that reads one. */
    static Optional<PartialDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (Style s : STYLES) {
            Matcher m = s.pattern().matcher(t);
            while (m.find()) {
                Optional<PartialDate> d = s.date().apply(m);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** True when the text is a date and nothing else ({@code 2503}, {@code Mar 4, 2025}, not {@code CVPR 2025}). */
    static boolean isDateOnly(String text) {
        if (text == null || text.isBlank() || text.length() > 20 || find(text).isEmpty()) {
            return false;
        }
        return MONTH_NAME.matcher(text).replaceAll("")
                .matches("[\\d\\s.,/\\-\\[\\]()]*(?:st|nd|rd|th)?[\\d\\s.,/\\-\\[\\]()]*");
    }

    /** True for a month name standing alone ({@code Mar}, {@code [March]}): a date without year. */
    static boolean isBareMonth(String text) {
        return text != null && BARE_MONTH.matcher(text.trim()).matches();
    }

    /** True when a text says there is no date: empty, or a dash. */
    static boolean isEmpty(String text) {
        return text == null || text.isBlank()
                || text.trim().toLowerCase(Locale.ROOT).matches("[-–—/]+|n/?a|none|tbd|\\?");
    }
}
