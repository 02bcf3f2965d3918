package org.grpokg.model;

import java.util.List;
import java.util.Map;

/**
 * The controlled concepts of the taxonomies as plain data: for each scheme ({@code algorithm},
 * {@code domain}, {@code modality}, {@code framework} ...) each concept id with every label it
 * answers to (skos:prefLabel, skos:altLabel, skos:hiddenLabel), preferred label first.
 */
public record ConceptLabels(Map<String, Map<String, List<String>>> schemes) {

    public ConceptLabels {
        schemes = Map.copyOf(schemes);
    }

    /** The concepts of one scheme, by id (empty when the scheme is unknown). */
    public Map<String, List<String>> scheme(String scheme) {
        return schemes.getOrDefault(scheme, Map.of());
    }
}
