package org.grpokg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row or bullet of the catalogue, exactly as the list states it.
 *
 * @param kind      paper, survey or repository-only project
 * @param section   the heading of the section it was listed under
 * @param title     the title as written (link text)
 * @param date      the date as listed; absent for lists without dates
 * @param paperUrl  the paper link as written (arXiv, Hugging Face papers, ...), absent for repository-only entries
 * @param arxivId   the arXiv id the paper link names, if any
 * @param repoUrl   the repository link as written, absent when the list says "-"
 * @param repo      the GitHub repository the link names, if any
 * @param linkLabel the label of the repository link ("GitHub", "Github"), kept for rendering
 * @param position  where the entry was read
 */
public record Entry(EntryKind kind, String section, String title, LocalDate date,
                    String paperUrl, ArxivId arxivId, String repoUrl, RepoRef repo,
                    String linkLabel, SourcePosition position) {

    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (arxivId == null && repo == null) {
            throw new IllegalArgumentException("an entry needs an arXiv id or a repository: " + title);
        }
    }

    /** The key that identifies the entry: its arXiv id, else its repository {@code owner/name}. */
    public String key() {
        return arxivId != null ? arxivId.id() : repo.slug();
    }

    /** The file name stem of its facts in {@code data/entries/}. */
    public String fileKey() {
        return arxivId != null ? arxivId.id() : repo.fileKey();
    }
}
