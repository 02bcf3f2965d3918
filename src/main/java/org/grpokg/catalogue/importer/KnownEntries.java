package org.grpokg.catalogue.importer;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.grpokg.model.Catalogue;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Entry;
import org.grpokg.model.RepoRef;

/** The entries a catalogue already has, by arXiv id and by repository: for {@code import --against}. */
public final class KnownEntries {

    private final Set<ArxivId> arxiv = new HashSet<>();
    private final Set<RepoRef> repos = new HashSet<>();

    private KnownEntries() {
    }

    public static KnownEntries of(Catalogue catalogue) {
        KnownEntries k = new KnownEntries();
        for (Entry e : catalogue.entries()) {
            if (e.arxivId() != null) {
                k.arxiv.add(e.arxivId());
            }
            if (e.repo() != null) {
                k.repos.add(e.repo());
            }
        }
        return k;
    }

    /** How the catalogue has {@code e} ("arXiv 2503.12797", "repository a/b"), or empty when it does not. */
    public Optional<String> match(Entry e) {
        if (e.arxivId() != null && arxiv.contains(e.arxivId())) {
            return Optional.of("arXiv " + e.arxivId());
        }
        if (e.repo() != null && repos.contains(e.repo())) {
            return Optional.of("repository " + e.repo());
        }
        return Optional.empty();
    }
}
