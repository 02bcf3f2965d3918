package org.grpokg.server.ld;

import org.grpokg.rdf.Labels;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Headings for the links that point at a resource, by the property they use: "Built on by" for
 * {@code gkg:buildsOn}, "Entries on this base model" for {@code gkg:baseModel} and so on. A
 * property not listed gets "&lt;its label&gt; of".
 */
public final class InverseLabels {

    private static final String GKG = org.grpokg.rdf.GKG.NS;
    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry(GKG + "buildsOn", "Built on by"),
            Map.entry(GKG + "baseModel", "Entries on this base model"),
            Map.entry(GKG + "usesAlgorithm", "Entries using this algorithm"),
            Map.entry(GKG + "usesRecipeElement", "Entries using this recipe element"),
            Map.entry(GKG + "usesReward", "Entries using this reward"),
            Map.entry(GKG + "hasDomain", "Entries in this domain"),
            Map.entry(GKG + "hasModality", "Entries with this modality"),
            Map.entry(GKG + "builtWith", "Entries built with this"),
            Map.entry(GKG + "hasRepository", "Entries with this repository"),
            Map.entry(GKG + "releasesModel", "Released by"),
            Map.entry(GKG + "releasesDataset", "Released by"),
            Map.entry(GKG + "evaluatedOn", "Entries evaluated on this benchmark"),
            Map.entry(GKG + "affiliation", "Entries with authors from here"),
            Map.entry(GKG + "author", "Author positions"),
            Map.entry(GKG + "listedIn", "Entries in this section"),
            Map.entry(GKG + "hasSection", "Section of"),
            Map.entry(GKG + "hasCorrection", "Correction of"),
            Map.entry("http://purl.org/dc/terms/creator", "Works"),
            Map.entry("https://w3id.org/fair4ml#fineTunedFrom", "Fine-tuned into"),
            Map.entry("http://www.w3.org/2004/02/skos/core#broader", "Narrower concepts"),
            Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "Concepts in this scheme"),
            Map.entry("http://www.w3.org/2004/02/skos/core#topConceptOf", "Top concepts"),
            Map.entry("http://www.w3.org/ns/prov#wasDerivedFrom", "Derived from this"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#isDefinedBy", "Terms defined here"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#subClassOf", "Subclasses"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#domain", "Properties of this class"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#range", "Properties with values of this class"),
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Instances"),
            Map.entry("http://xmlns.com/foaf/0.1/primaryTopic", "Catalogue records"),
            Map.entry("http://www.w3.org/ns/dcat#record", "Catalogue"));

    private InverseLabels() {
    }

    public static String heading(Node property, Labels labels) {
        String known = HEADINGS.get(property.getURI());
        if (known != null) {
            return known;
        }
        String label = labels.label(property);
        if (label.isBlank()) {
            label = property.getLocalName().isBlank() ? property.getURI() : property.getLocalName();
        }
        return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " of";
    }
}
