package org.grpokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.grpokg.TestPaths;
import org.grpokg.build.GraphBuilder;
import org.junit.jupiter.api.Test;

class OntologyUnitTest {

    private final Model ontology = OntologyFiles.ontology();
    private final Model taxonomies = OntologyFiles.taxonomies();
    /** Declarations of the reused vocabularies' terms: a test resource, never published. */
    private final Model alignment = org.apache.jena.riot.RDFDataMgr.loadModel("src/test/resources/alignment.ttl");
    private final Resource header = ontology.getResource("https://w3id.org/grpo-kg/ontology");

    @Test
    void headerIsComplete() {
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        for (Property p : List.of(DCTerms.title, DCTerms.description, OWL.versionIRI, OWL.versionInfo,
                DCTerms.license, DCTerms.creator, DCTerms.created, DCTerms.modified)) {
            assertTrue(header.hasProperty(p), "header has " + p.getLocalName());
        }
        String version = header.getPropertyResourceValue(OWL.versionIRI).getURI();
        assertTrue(version.matches("https://w3id.org/grpo-kg/ontology/\\d{4}-\\d{2}-\\d{2}"), "dated version IRI: " + version);
    }

    @Test
    void everyTermIsLabelledCommentedAndDefined() {
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                for (Property p : List.of(RDFS.label, RDFS.comment, RDFS.isDefinedBy)) {
                    if (!term.hasProperty(p)) {
                        missing.add(term + " lacks " + p.getLocalName());
                    }
                }
            });
        }
        assertEquals(Set.of(), missing);
    }

    /** One labelling scheme per kind of term: OWL terms the RDFS way, SKOS concepts and schemes the SKOS way only. */
    @Test
    void everyConceptIsLabelledTheSkosWayOnly() {
        Set<String> wrong = new TreeSet<>();
        for (Resource type : List.of(SKOS.Concept, SKOS.ConceptScheme)) {
            taxonomies.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                for (Property p : List.of(SKOS.prefLabel, SKOS.definition)) {
                    if (!term.hasProperty(p)) {
                        wrong.add(term + " lacks skos:" + p.getLocalName());
                    }
                }
                for (Property p : List.of(RDFS.label, RDFS.comment)) {
                    if (term.hasProperty(p)) {
                        wrong.add(term + " also has rdfs:" + p.getLocalName());
                    }
                }
                if (type.equals(SKOS.Concept) && !term.hasProperty(SKOS.inScheme)) {
                    wrong.add(term + " is in no scheme");
                }
            });
        }
        assertTrue(taxonomies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size() > 40, "the taxonomies are there");
        assertEquals(Set.of(), wrong);
    }

    /**
     * What is published (the data's default graph, the ontology and taxonomy graphs) states nothing
     * about another vocabulary's terms: no subject in the namespace of a vocabulary we reuse.
     */
    @Test
    void thePublishedGraphsSayNothingAboutOtherVocabulariesTerms() {
        Dataset ds = GraphBuilder.graph(TestPaths.DATA);
        List<String> foreign = List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI(), org.apache.jena.vocabulary.XSD.getURI(),
                DCTerms.getURI(), SKOS.getURI(), Vocab.FaBiO.NS, Vocab.Schema.NS, Vocab.Prov.NS, Vocab.Fair4ML.NS,
                Vocab.Dcat.NS, Vocab.Foaf.NS, "http://purl.org/vocab/vann/");
        Set<String> about = new TreeSet<>();
        for (Model published : List.of(ds.getDefaultModel(), ds.getNamedModel(Graphs.ONTOLOGY), ds.getNamedModel(Graphs.TAXONOMIES))) {
            assertTrue(published.size() > 100, "graph is not empty");
            published.listSubjects().forEachRemaining(r -> {
                if (r.isURIResource() && foreign.stream().anyMatch(ns -> r.getURI().startsWith(ns))) {
                    about.add(r.getURI());
                }
            });
        }
        assertEquals(Set.of(), about);
        assertFalse(ds.getDefaultModel().contains(null, RDF.type, OWL.Class), "no ontology in the default graph");
        assertFalse(ds.getDefaultModel().contains(null, RDF.type, SKOS.Concept), "no taxonomy in the default graph");
    }

    @Test
    void ourOwnTermsAllHaveConstantsAndViceVersa() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(GKG.NS)) {
                declared.add(r.getURI());
            }
        });
        Set<String> constants = new TreeSet<>();
        for (var field : GKG.class.getFields()) {
            if (field.get(null) instanceof Resource r) {
                constants.add(r.getURI());
            }
        }
        assertEquals(declared, constants);
    }

    /**
     * Every class and predicate the built graph uses is declared by the ontology (or is a term
     * of RDF, RDFS, OWL or SKOS's own annotation machinery). Catches the Linked Papers With Code
     * failure: a property spelled one way in the data and another in the shapes or ontology.
     */
    @Test
    void theDataUsesNoUndeclaredTerm() {
        Dataset ds = GraphBuilder.graph(TestPaths.DATA);
        Model all = Graphs.dataWithVocabulary(ds);
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : all.listStatements().toList()) {
            Property p = s.getPredicate();
            if (!isLanguageTerm(p) && !isDeclared(p, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
                undeclared.add("predicate " + p);
            }
            RDFNode o = s.getObject();
            if (p.equals(RDF.type) && o.isURIResource() && !isLanguageTerm(o.asResource())
                    && !isDeclared(o.asResource(), OWL.Class)) {
                undeclared.add("class " + o);
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyConceptTheDataUsesIsInTheRightScheme() {
        Model all = Graphs.dataWithVocabulary(GraphBuilder.graph(TestPaths.DATA));
        Set<String> wrong = new TreeSet<>();
        String[][] uses = {{"usesAlgorithm", "algorithm"}, {"usesRecipeElement", "recipe"}, {"usesReward", "reward"},
            {"hasDomain", "domain"}, {"hasModality", "modality"}, {"builtWith", "framework"}};
        for (String[] u : uses) {
            Resource scheme = all.getResource("https://w3id.org/grpo-kg/id/scheme/" + u[1]);
            all.listObjectsOfProperty(all.getProperty(GKG.NS + u[0])).forEachRemaining(c -> {
                if (!c.asResource().hasProperty(SKOS.inScheme, scheme)) {
                    wrong.add(u[0] + " " + c);
                }
            });
        }
        assertEquals(Set.of(), wrong);
    }

    private boolean isDeclared(Resource term, Resource... types) {
        for (Resource t : types) {
            for (Model m : List.of(ontology, alignment)) {
                if (m.contains(m.getResource(term.getURI()), RDF.type, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLanguageTerm(Resource r) {
        String uri = r.getURI();
        return uri.startsWith(RDF.getURI()) || uri.startsWith(RDFS.getURI()) || uri.startsWith(OWL.getURI());
    }
}
