package org.grpokg.model;

/**
 * One sourced statement about an entry: a controlled id, a Hugging Face id, an entry key or a
 * name, with the id of the source it was read from and an optional note.
 */
public record Fact(String value, String source, String note) {
}
