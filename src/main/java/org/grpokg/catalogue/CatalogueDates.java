package org.grpokg.catalogue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import org.grpokg.model.PartialDate;

/**
 * How the project's catalogue writes dates: {@code Mar 4, 2025}, {@code Mar 2025} or {@code 2025};
 * read here (ISO forms too) and written back by the renderer, so both agree on one format.
 */
public final class CatalogueDates {

    // strict: "Feb 30, 2025" is an error, not Feb 28 (Java's default resolver would move it)
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private CatalogueDates() {
    }

    /** The date a catalogue cell states, if it is one in the catalogue's format or in ISO form. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Optional<PartialDate> iso = PartialDate.parse(t);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            return Optional.of(PartialDate.of(LocalDate.parse(t, DAY)));
        } catch (DateTimeParseException e) {
            // not a day: try a month
        }
        try {
            return Optional.of(PartialDate.of(YearMonth.parse(t, MONTH)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date in the catalogue's format, as precise as it is. */
    public static String format(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.toLocalDate().orElseThrow());
            case MONTH -> MONTH.format(YearMonth.of(date.year(), date.month()));
            case YEAR -> Integer.toString(date.year());
        };
    }
}
