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

    public Optional<Entry> entry(String key) {
        return entries().stream().filter(e -> e.key().equalsIgnoreCase(key)).findFirst();
    }
}
