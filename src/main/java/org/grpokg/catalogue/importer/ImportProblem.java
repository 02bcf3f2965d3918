package org.grpokg.catalogue.importer;

import org.grpokg.model.SourcePosition;

/**
 * Something the importer met and did not guess about: where, what kind, and a sentence for the
 * user. A problem either leaves the entry in (a warning) or keeps it out (a skip).
 */
public record ImportProblem(Kind kind, SourcePosition at, String message) {

    /** The kinds of problem, each a warning or a skip, with a short name for the summary. */
    public enum Kind {
        CODE_NOT_REPOSITORY(false, "code link is not a repository root"),
        LINK_WITHOUT_URL(false, "link without URL"),
        MALFORMED_LINK(false, "malformed link"),
        REDIRECTED_LINK(false, "link through a redirect"),
        SECOND_PAPER(false, "two different paper links"),
        PAPER_IN_CODE_LINK(false, "code link is a paper"),
        BAD_DATE(false, "unreadable date"),
        CELL_COUNT(false, "row with the wrong number of cells"),
        TITLE_WITHOUT_LINK(false, "title without link"),
        REPOSITORY_LISTED_BEFORE(false, "repository listed before without a paper"),
        UNREAD_BLOCK(false, "links outside any list or table"),
        UNSAFE_LINK(false, "link to a script or a local file"),
        DUPLICATE(true, "the same entry twice"),
        ARXIV_TWO_TITLES(true, "one arXiv id under two titles"),
        NO_KEY(true, "no arXiv id and no repository"),
        NO_LINK(true, "list item without link"),
        NO_TITLE(true, "no title"),
        UNREADABLE_ROW(true, "unreadable table row"),
        UNMAPPED_TABLE(true, "table whose columns cannot be mapped"),
        LINE_TOO_LONG(true, "line too long");

        private final boolean skips;
        private final String label;

        Kind(boolean skips, String label) {
            this.skips = skips;
            this.label = label;
        }

        /** True when the problem keeps the entry (or the rows) out of the output. */
        public boolean skips() {
            return skips;
        }

        public String label() {
            return label;
        }
    }

    /** One line: {@code file:line: warning: message} or {@code file:line: skipped: message}. */
    public String describe() {
        return at + ": " + (kind.skips() ? "skipped: " : "warning: ") + message;
    }
}
