package org.grpokg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as a list gives it: a year, a month of a year, or a day. Month and day are
 * 0 when unknown (a day needs a month). Written in ISO form: {@code 2025}, {@code 2025-03},
 * {@code 2025-03-22}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("no such month: " + year + "-" + month);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** The date when it is one (year 1900–2199, a real month and day), else empty. */
    public static Optional<PartialDate> of(int year, int month, int day) {
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses the ISO forms {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}. */
    public static Optional<PartialDate> parse(String iso) {
        Matcher m = iso == null ? null : ISO.matcher(iso.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The day, when the date is that precise. */
    public Optional<LocalDate> toLocalDate() {
        return hasDay() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
