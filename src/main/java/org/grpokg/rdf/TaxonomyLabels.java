package org.grpokg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.grpokg.model.ConceptLabels;

/**
 * Reads the SKOS taxonomies ({@code ontology/grpo-kg-taxonomies.ttl}) into {@link ConceptLabels}:
 * what the import's facet mapping matches list cells against, so that a synonym is added once, to
 * the taxonomy, and not to a parallel table in code.
 */
public final class TaxonomyLabels {

    private TaxonomyLabels() {
    }

    /** The taxonomies the tool was built with. */
    public static ConceptLabels read() {
        return of(OntologyFiles.taxonomies());
    }

    public static ConceptLabels of(Model taxonomies) {
        Map<String, Map<String, List<String>>> schemes = new TreeMap<>();
        String schemeBase = Iris.conceptScheme("");
        for (Resource c : taxonomies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !c.isURIResource() || !scheme.getURI().startsWith(schemeBase)) {
                continue;
            }
            String name = scheme.getURI().substring(schemeBase.length());
            String prefix = Iris.BASE + name + "/";
            if (!c.getURI().startsWith(prefix)) {
                continue;
            }
            String id = c.getURI().substring(prefix.length());
            List<String> labels = new ArrayList<>();
            labels.addAll(strings(c, SKOS.prefLabel));
            labels.addAll(strings(c, SKOS.altLabel));
            labels.addAll(strings(c, SKOS.hiddenLabel));
            schemes.computeIfAbsent(name, k -> new TreeMap<>()).put(id, labels);
        }
        return new ConceptLabels(schemes);
    }

    private static List<String> strings(Resource c, org.apache.jena.rdf.model.Property p) {
        return c.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(o -> o.asLiteral().getLexicalForm()).sorted().toList();
    }
}
