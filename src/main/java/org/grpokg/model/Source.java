package org.grpokg.model;

/** A page or file facts were read from; {@code id} is how facts of one entry cite it. */
public record Source(String id, String url, String what) {
}
