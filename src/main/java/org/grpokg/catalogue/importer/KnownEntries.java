package org.grpokg.catalogue.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.ImportedEntry;

/** The entries a catalogue already has, by arXiv id and by repository: for {@code import --against}. */
public final class KnownEntries {

    private final Set<String> arxiv = new HashSet<>();
    private final Set<String> repos = new HashSet<>();

    private KnownEntries() {
    }

    public static KnownEntries of(Catalogue catalogue) {
        KnownEntries k = new KnownEntries();
        for (Entry e : catalogue.entries()) {
            if (e.arxivId() != null) {
                k.arxiv.add(e.arxivId().id());
            }
            if (e.repo() != null) {
                k.repos.add(e.repo().slug().toLowerCase(Locale.ROOT));
            }
        }
        return k;
    }

    /** How the catalogue has {@code e} ("arXiv 2503.12797", "repository a/b"), or empty when it does not. */
    public Optional<String> match(ImportedEntry e) {
        if (e.arxivId() != null && arxiv.contains(e.arxivId().id())) {
            return Optional.of("arXiv " + e.arxivId());
        }
        if (e.repo() != null && repos.contains(e.repo().slug().toLowerCase(Locale.ROOT))) {
            return Optional.of("repository " + e.repo());
        }
        return Optional.empty();
    }
}
