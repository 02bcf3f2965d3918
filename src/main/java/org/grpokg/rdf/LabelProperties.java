package org.grpokg.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The properties that name a resource for people, best first; shared by the pages and the search index. */
public final class LabelProperties {

    public static final List<Node> ALL = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), Vocab.Schema.name.asNode(), Vocab.Schema.alternateName.asNode(),
            DCTerms.title.asNode(), GKG.huggingFaceId.asNode(), GKG.githubName.asNode());

    private LabelProperties() {
    }
}
