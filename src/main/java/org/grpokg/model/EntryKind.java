package org.grpokg.model;

/**
 * What a catalogue entry is: a paper, a survey, or a project known only by its repository; or an
 * entry imported from another list and not yet curated (built as a plain {@code gkg:Entry}, so the
 * research the shapes ask of papers is not required of it; see docs/decisions/0005-import-format.md).
 */
public enum EntryKind {
    PAPER("paper"),
    SURVEY("survey"),
    REPOSITORY("repository"),
    IMPORTED("imported");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in queries and reports ({@code paper}, {@code survey}, {@code repository}). */
    public String label() {
        return label;
    }
}
