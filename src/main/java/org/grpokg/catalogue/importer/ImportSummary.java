package org.grpokg.catalogue.importer;

import java.util.List;

/**
 * What an import read.
 *
 * @param file     the file as given
 * @param title    the list's title (its first level-1 heading), else the file name
 * @param lines    lines in the file
 * @param entries  entries read (passed on)
 * @param skipped  items and rows left out (duplicates, unreadable, unmapped)
 * @param warnings problems with entries that were still read
 * @param arxivLinked distinct arXiv ids linked anywhere in the file (counted on its raw text)
 * @param arxivRead   how many of them are the id of an entry read
 * @param arxivMissed the others, each as {@code id} and the line that first links it
 */
public record ImportSummary(String file, String title, long lines, int entries, int skipped, int warnings,
                            int arxivLinked, int arxivRead, List<MissedId> arxivMissed) {

    /** An arXiv id linked in the file that no entry carries, and the line that first links it. */
    public record MissedId(String id, int line) {
    }

    public ImportSummary {
        arxivMissed = arxivMissed == null ? List.of() : List.copyOf(arxivMissed);
    }

    /** A summary without the arXiv measure (as before it existed). */
    public ImportSummary(String file, String title, long lines, int entries, int skipped, int warnings) {
        this(file, title, lines, entries, skipped, warnings, 0, 0, List.of());
    }

    /** The share of linked arXiv ids read, 1 when the file links none. */
    public double arxivRecall() {
        return arxivLinked == 0 ? 1.0 : (double) arxivRead / arxivLinked;
    }
}
