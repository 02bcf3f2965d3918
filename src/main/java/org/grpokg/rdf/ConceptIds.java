package org.grpokg.rdf;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ids of the controlled concepts the taxonomies declare, by scheme ({@code algorithm},
 * {@code domain} ...): what an entry file may name, checked when the data is read so that an
 * unknown id is reported at its file and line rather than by IRI in a SHACL report.
 */
public final class ConceptIds {

    /** The schemes entry files name concepts of. */
    public static final Set<String> SCHEMES = Set.of("algorithm", "recipe", "reward", "domain", "modality", "framework");

    private ConceptIds() {
    }

    /** Scheme to the ids of its concepts, sorted. */
    public static Map<String, Set<String>> of(Model taxonomies) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String scheme : SCHEMES) {
            Set<String> ids = new TreeSet<>();
            Resource s = taxonomies.createResource(Iris.conceptScheme(scheme));
            String prefix = Iris.concept(scheme, "");
            taxonomies.listSubjectsWithProperty(SKOS.inScheme, s).forEachRemaining(c -> {
                if (c.isURIResource() && c.getURI().startsWith(prefix)) {
                    ids.add(c.getURI().substring(prefix.length()));
                }
            });
            out.put(scheme, ids);
        }
        return out;
    }

    /** The concept ids of the taxonomies built into the tool. */
    public static Map<String, Set<String>> builtIn() {
        return of(OntologyFiles.taxonomies());
    }
}
