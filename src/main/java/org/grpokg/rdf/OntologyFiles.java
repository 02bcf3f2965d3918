package org.grpokg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The ontology and the SHACL shapes, read from the classpath (Maven copies {@code ontology/}
 * into the jar), so the tool validates with the shapes it was built with.
 */
public final class OntologyFiles {

    public static final String ONTOLOGY = "ontology/grpo-kg.ttl";
    public static final String TAXONOMIES = "ontology/grpo-kg-taxonomies.ttl";
    public static final String SHAPES = "ontology/grpo-kg-shapes.ttl";
    /** Every file of the vocabulary a build depends on. */
    public static final java.util.List<String> ALL = java.util.List.of(ONTOLOGY, TAXONOMIES, SHAPES);

    private OntologyFiles() {
    }

    public static Model ontology() {
        return load(ONTOLOGY);
    }

    /** The SKOS concept schemes: algorithms, recipe elements, rewards, domains, modalities, frameworks. */
    public static Model taxonomies() {
        return load(TAXONOMIES);
    }

    public static Model shapes() {
        return load(SHAPES);
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Iris.SITE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
