package org.grpokg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What identifies an entry: its arXiv id, else its GitHub repository. Equality follows the
 * parts, so repository keys compare case-insensitively ({@link RepoRef}).
 */
public record EntryKey(ArxivId arxivId, RepoRef repo) implements Comparable<EntryKey> {

    public EntryKey {
        if ((arxivId == null) == (repo == null)) {
            throw new IllegalArgumentException("an entry key is an arXiv id or a repository, not both or neither");
        }
    }

    public static EntryKey of(ArxivId arxivId, RepoRef repo) {
        return arxivId != null ? new EntryKey(arxivId, null) : new EntryKey(null, Objects.requireNonNull(repo, "repo"));
    }

    /** Parses {@code 2503.05132} or {@code owner/name}. */
    public static Optional<EntryKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.trim();
        if (ArxivId.isValid(k)) {
            return Optional.of(new EntryKey(new ArxivId(k), null));
        }
        return RepoRef.parse(k).map(r -> new EntryKey(null, r));
    }

    /** The file name stem of its facts in {@code data/entries/}: the arXiv id or {@code owner+name}. */
    public String fileKey() {
        return arxivId != null ? arxivId.fileKey() : repo.fileKey();
    }

    @Override
    public int compareTo(EntryKey o) {
        return toString().compareToIgnoreCase(o.toString());
    }

    @Override
    public String toString() {
        return arxivId != null ? arxivId.id() : repo.slug();
    }
}
