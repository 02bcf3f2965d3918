package org.grpokg.model;

/** What a catalogue entry is: a paper, a survey, or a project known only by its repository. */
public enum EntryKind {
    PAPER("paper"),
    SURVEY("survey"),
    REPOSITORY("repository");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in queries and reports ({@code paper}, {@code survey}, {@code repository}). */
    public String label() {
        return label;
    }
}
