package org.grpokg.model;

import java.util.List;
import java.util.Optional;

/** The curated list: its title, introduction and sections, in the order they are written. */
public record Catalogue(String title, String introduction, List<Section> sections) {

    public Catalogue {
        sections = List.copyOf(sections);
    }

    public List<Entry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }

    /** The entry listed under {@code key} (an arXiv id or owner/name, case-insensitive). */
    public Optional<Entry> entry(String key) {
        return EntryKey.parse(key).flatMap(this::entry);
    }

    public Optional<Entry> entry(EntryKey key) {
        return entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
