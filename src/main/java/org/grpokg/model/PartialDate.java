package org.grpokg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * A date as precise as its source gives it: a {@link Year}, a {@link YearMonth} or a
 * {@link LocalDate}. The one date type of the model; the RDF mapper writes it as
 * {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code xsd:date}. Written in ISO form:
 * {@code 2025}, {@code 2025-03}, {@code 2025-03-22}, which is also the lexical form of those
 * XSD types, so {@link #parse} reads both YAML and the graph.
 */
public record PartialDate(Temporal value) implements Comparable<PartialDate> {

    /** How precise a date is. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (!(value instanceof Year || value instanceof YearMonth || value instanceof LocalDate)) {
            throw new IllegalArgumentException("a date is a Year, a YearMonth or a LocalDate: " + value);
        }
        int year = value.get(ChronoField.YEAR);
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day);
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month);
    }

    public static PartialDate of(Year year) {
        return new PartialDate(year);
    }

    /**
     * The date of a year, month (0 when unknown) and day (0 when unknown; a day needs a month),
     * when it is one (year 1900-2199, a real month and day), else empty.
     */
    public static Optional<PartialDate> of(int year, int month, int day) {
        try {
            if (month == 0) {
                return day == 0 ? Optional.of(new PartialDate(Year.of(year))) : Optional.empty();
            }
            return Optional.of(new PartialDate(day == 0 ? YearMonth.of(year, month) : LocalDate.of(year, month, day)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses the ISO forms {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} (surrounding blanks ignored). */
    public static Optional<PartialDate> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        String s = iso.trim();
        try {
            if (s.matches("\\d{4}")) {
                return of(Integer.parseInt(s), 0, 0);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new PartialDate(YearMonth.parse(s)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new PartialDate(LocalDate.parse(s)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public Precision precision() {
        return value instanceof LocalDate ? Precision.DAY : value instanceof YearMonth ? Precision.MONTH : Precision.YEAR;
    }

    public int year() {
        return value.get(ChronoField.YEAR);
    }

    /** The month, 0 when the date is a year only. */
    public int month() {
        return precision() == Precision.YEAR ? 0 : value.get(ChronoField.MONTH_OF_YEAR);
    }

    /** The day, when the date is that precise. */
    public Optional<LocalDate> toLocalDate() {
        return value instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }

    /** Earlier dates first; a less precise date before the more precise ones it contains (2025-03 before 2025-03-01). */
    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year(), o.year());
        if (c == 0) {
            c = Integer.compare(month(), o.month());
        }
        if (c == 0) {
            c = Integer.compare(dayOrZero(), o.dayOrZero());
        }
        return c;
    }

    private int dayOrZero() {
        return value instanceof LocalDate d ? d.getDayOfMonth() : 0;
    }

    /** ISO form: {@code 2025}, {@code 2025-03} or {@code 2025-03-22}. */
    @Override
    public String toString() {
        return value instanceof Year y ? String.format("%04d", y.getValue()) : value.toString();
    }
}
