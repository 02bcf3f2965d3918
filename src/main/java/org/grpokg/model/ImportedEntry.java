package org.grpokg.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a list written by others, as {@code grpo-kg import} read it: what the list says,
 * normalised (arXiv id, repository, partial date), with where it was read.
 *
 * @param title    the title as listed
 * @param date     the date as listed, as precise as the list gives it; null when none
 * @param paperUrl the paper link as written (arXiv, Hugging Face papers, a PDF, OpenReview ...); null when none
 * @param arxivId  the arXiv id the paper link names
 * @param repoUrl  the repository link: as written when it is a repository root, else the root it names
 * @param repo     the GitHub repository of the code link
 * @param codeUrl  the code link as written when it is not a repository root (a project page, a subfolder, a PDF)
 * @param repoHint the repository a code link into a subfolder or file names, kept as a hint only
 * @param section  the heading the entry was listed under ("" when none)
 * @param hints    headings above it and tags in the item ({@code **[Image]**}), as text
 * @param notes    other table columns (header to cell text), in table order
 * @param source   the file and line it was read from
 */
public record ImportedEntry(String title, PartialDate date, String paperUrl, ArxivId arxivId,
                            String repoUrl, RepoRef repo, String codeUrl, RepoRef repoHint,
                            String section, List<String> hints, Map<String, String> notes,
                            SourcePosition source) {

    /** The catalogue section imported entries are listed in when built into the graph. */
    public static final String SECTION = "Imported";

    public ImportedEntry {
        Objects.requireNonNull(title, "title");
        if (arxivId == null && repo == null) {
            throw new IllegalArgumentException("an imported entry needs an arXiv id or a repository: " + title);
        }
        section = section == null ? "" : section;
        hints = List.copyOf(hints);
        notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** The key that identifies the entry: its arXiv id, else its repository {@code owner/name}. */
    public String key() {
        return arxivId != null ? arxivId.id() : repo.slug();
    }

    /** The file name stem of its YAML in {@code data/entries/}. */
    public String fileKey() {
        return arxivId != null ? arxivId.id() : repo.fileKey();
    }

    /**
     * The catalogue entry it becomes when built: listed in {@code section}, of kind
     * {@link EntryKind#IMPORTED}, dated only when the list gives a day (the graph's dates are
     * {@code xsd:date}), with the arXiv abstract page as paper link when the list gave none.
     */
    public Entry toEntry(String inSection, SourcePosition at) {
        String paper = paperUrl != null ? paperUrl : arxivId != null ? arxivId.absUrl() : null;
        return new Entry(EntryKind.IMPORTED, inSection, title, date == null ? null : date.toLocalDate().orElse(null),
                paper, arxivId, repoUrl, repo, null, at);
    }

    /** The section imported entries are built into: a bullet list named {@value #SECTION}. */
    public static Section section(List<Entry> entries) {
        return new Section(SECTION, EntryKind.IMPORTED, Section.Layout.BULLETS, entries);
    }
}
