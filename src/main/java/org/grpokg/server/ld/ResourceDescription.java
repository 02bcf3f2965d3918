package org.grpokg.server.ld;

import org.grpokg.rdf.Labels;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.rdf.Vocab;

/**
 * The RDF a resource's IRI answers with (a linked-data "concise description" widened for
 * browsing): its own statements from every graph, the labels and types of what it links to,
 * the statements that link to it with the labels and types of their subjects, and for a
 * document (the ontology, a named graph) the statements it holds.
 */
public final class ResourceDescription {

    private ResourceDescription() {
    }

    /** Call inside a read transaction on {@code dsg}. */
    public static Model of(DatasetGraph dsg, ResourceFacts facts) {
        Labels labels = new Labels(dsg);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        Graph g = m.getGraph();
        Node s = facts.subject();
        for (ResourceFacts.Fact f : facts.outgoing()) {
            g.add(Triple.create(s, f.predicate(), f.object()));
            if (!f.object().isLiteral()) {
                nameAndType(g, labels, f.object());
            }
        }
        facts.incomingCounts().keySet().forEach(p -> facts.incoming(p).forEach(in -> {
            g.add(Triple.create(in, p, s));
            nameAndType(g, labels, in);
        }));
        facts.document().forEach(g::add);
        return m;
    }

    private static void nameAndType(Graph g, Labels labels, Node n) {
        for (Node p : Labels.LABEL_PROPERTIES) {
            labels.distinctObjects(n, p).forEach(l -> g.add(Triple.create(n, p, l)));
        }
        labels.types(n).forEach(t -> g.add(Triple.create(n, RDF.type.asNode(), t)));
    }
}
