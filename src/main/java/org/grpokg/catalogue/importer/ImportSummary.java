package org.grpokg.catalogue.importer;

/**
 * What an import read.
 *
 * @param file     the file as given
 * @param title    the list's title (its first level-1 heading), else the file name
 * @param lines    lines in the file
 * @param entries  entries read (passed on)
 * @param skipped  items and rows left out (duplicates, unreadable, unmapped)
 * @param warnings problems with entries that were still read
 */
public record ImportSummary(String file, String title, long lines, int entries, int skipped, int warnings) {
}
