package org.grpokg.model;

import java.util.List;

/**
 * A section of the catalogue: its heading, the kind of entries it holds, whether it is a
 * table or a bullet list, and its entries in listed order.
 */
public record Section(String heading, EntryKind kind, Layout layout, List<Entry> entries) {

    public enum Layout { TABLE, BULLETS }

    /** The section entries from other lists are built into when catalogue.md does not list them. */
    public static final String IMPORTED = "Imported";

    /** The section of imported entries: a bullet list named {@value #IMPORTED}. */
    public static Section imported(List<Entry> entries) {
        return new Section(IMPORTED, EntryKind.IMPORTED, Layout.BULLETS,
                entries.stream().map(e -> e.inSection(IMPORTED)).toList());
    }

    public Section {
        entries = List.copyOf(entries);
    }
}
