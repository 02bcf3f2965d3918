package org.grpokg.model;

import java.util.List;

/**
 * Where a list is out of date or wrong about a work: the list keeps what it {@code listed}, and
 * the work gets the {@code actual} value, with its source.
 *
 * @param field one of {@link #FIELDS}
 */
public record Correction(String field, String listed, String actual, String source, String note) {

    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String PAPER = "paper";
    public static final String REPOSITORY = "repository";
    /** The fields of a listing a correction can be about. */
    public static final List<String> FIELDS = List.of(TITLE, DATE, PAPER, REPOSITORY);
}
