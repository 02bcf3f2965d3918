package org.grpokg.graph;

import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * A work as the catalogue lists it: its IRI, kind ({@code paper}, {@code survey},
 * {@code repository} or {@code imported}), title, short name, arXiv id and date as written
 * ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}).
 */
public record Work(Node iri, String kind, String title, Optional<String> shortName, Optional<String> arxivId,
        Optional<String> issued) {

    /** The short name if it has one, else the title. */
    public String name() {
        return shortName.orElse(title);
    }

    public Optional<String> year() {
        return issued.map(d -> d.substring(0, Math.min(4, d.length())));
    }

    /** {@code YYYY-MM} when the date says the month. */
    public Optional<String> month() {
        return issued.filter(d -> d.length() >= 7).map(d -> d.substring(0, 7));
    }
}
