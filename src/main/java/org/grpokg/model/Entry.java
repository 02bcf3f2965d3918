package org.grpokg.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entry: a work (paper, survey or repository-only project) identified by its arXiv id or its
 * repository, with how a list lists it. The one entry type of the model: the project's catalogue
 * and the lists read by {@code grpo-kg import} both give entries (the latter of kind
 * {@link EntryKind#IMPORTED} until curated).
 *
 * @param kind    paper, survey, repository-only project, or imported
 * @param arxivId the arXiv id the paper link names, if any
 * @param repo    the GitHub repository the listing names, if any
 * @param listing what the list says, as written
 */
public record Entry(EntryKind kind, ArxivId arxivId, RepoRef repo, Listing listing) {

    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(listing, "listing");
        if (arxivId == null && repo == null) {
            throw new IllegalArgumentException("an entry needs an arXiv id or a repository: " + listing.title());
        }
    }

    /** The key that identifies the entry: its arXiv id, else its repository {@code owner/name}. */
    public EntryKey key() {
        return EntryKey.of(arxivId, repo);
    }

    /** The file name stem of its facts in {@code data/entries/}. */
    public String fileKey() {
        return key().fileKey();
    }

    /** The same entry listed under another section heading. */
    public Entry inSection(String heading) {
        return new Entry(kind, arxivId, repo, listing.inSection(heading));
    }

    // What the listing says, for brevity at the many places that read it.

    public String title() {
        return listing.title();
    }

    public PartialDate date() {
        return listing.date();
    }

    public String paperUrl() {
        return listing.paperUrl();
    }

    public String repoUrl() {
        return listing.repoUrl();
    }

    public String codeUrl() {
        return listing.codeUrl();
    }

    public RepoRef repoHint() {
        return listing.repoHint();
    }

    public String linkLabel() {
        return listing.linkLabel();
    }

    public String section() {
        return listing.section();
    }

    public List<String> hints() {
        return listing.hints();
    }

    public Map<String, String> notes() {
        return listing.notes();
    }

    /** The file and line the entry was read from. */
    public SourcePosition source() {
        return listing.source();
    }
}
