package org.grpokg.catalogue.importer;

import java.util.function.Consumer;

import org.grpokg.model.Entry;

/**
 * Passes on the imported entries a catalogue does not list yet (by arXiv id or repository), or
 * all of them when there is no catalogue to compare with, and counts both kinds.
 */
public final class NewEntriesFilter {

    private final KnownEntries known;
    private int passed;
    private int matched;

    /** {@code known} null: every entry passes. */
    public NewEntriesFilter(KnownEntries known) {
        this.known = known;
    }

    public Consumer<Entry> then(Consumer<Entry> next) {
        return e -> {
            if (known != null && known.match(e).isPresent()) {
                matched++;
                return;
            }
            passed++;
            next.accept(e);
        };
    }

    /** Entries passed on. */
    public int passed() {
        return passed;
    }

    /** Entries the catalogue already lists. */
    public int matched() {
        return matched;
    }
}
