package org.grpokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The graphs of the published dataset (docs/decisions/0006-records-and-works.md):
 * <ul>
 * <li>the default graph: the data, that is the catalogue, its records and the works;</li>
 * <li>{@value #ONTOLOGY}: the ontology, named by its own IRI;</li>
 * <li>{@value #TAXONOMIES}: the SKOS concept schemes;</li>
 * <li>one graph per source page or file, named by its address, holding the facts read there.</li>
 * </ul>
 */
public final class Graphs {

    public static final String ONTOLOGY = Iris.ontology();
    public static final String TAXONOMIES = Iris.taxonomies();

    private Graphs() {
    }

    /** Adds the ontology and the taxonomies, each in its named graph. */
    public static Dataset withVocabulary(Dataset data) {
        data.getNamedModel(ONTOLOGY).add(OntologyFiles.ontology());
        data.getNamedModel(TAXONOMIES).add(OntologyFiles.taxonomies());
        return data;
    }

    /** Data, ontology and taxonomies in one model: what the shapes check, and what needs the vocabulary to read. */
    public static Model dataWithVocabulary(Dataset ds) {
        // a view, not a copy: the data can be large
        MultiUnion union = new MultiUnion(new Graph[] {ds.getDefaultModel().getGraph(),
                ds.getNamedModel(ONTOLOGY).getGraph(), ds.getNamedModel(TAXONOMIES).getGraph()});
        return ModelFactory.createModelForGraph(union);
    }

    /** The ontology and the taxonomies of a dataset, as one model. */
    public static Model vocabulary(Dataset ds) {
        Model m = ModelFactory.createDefaultModel();
        if (ds.containsNamedModel(ONTOLOGY)) {
            m.add(ds.getNamedModel(ONTOLOGY));
        }
        if (ds.containsNamedModel(TAXONOMIES)) {
            m.add(ds.getNamedModel(TAXONOMIES));
        }
        return m;
    }
}
