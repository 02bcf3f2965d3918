package org.grpokg.model;

/** A concept an entry file needs that the ontology does not declare yet. */
public record ProposedConcept(String scheme, String id, String label, String definition, String source) {
}
