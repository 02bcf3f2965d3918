package org.grpokg.model;

/**
 * Where the catalogue is out of date or wrong: the catalogue keeps what it {@code listed},
 * and the graph records the {@code actual} value with its source.
 */
public record Correction(String field, String listed, String actual, String source, String note) {
}
