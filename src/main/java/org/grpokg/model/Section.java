package org.grpokg.model;

import java.util.List;

/**
 * A section of the catalogue: its heading, the kind of entries it holds, whether it is a
 * table or a bullet list, and its entries in listed order.
 */
public record Section(String heading, EntryKind kind, Layout layout, List<Entry> entries) {

    public enum Layout { TABLE, BULLETS }

    public Section {
        entries = List.copyOf(entries);
    }
}
