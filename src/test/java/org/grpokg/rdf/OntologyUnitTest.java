package org.grpokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme)) {
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
        Model all = ds.getDefaultModel();
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
        Model all = GraphBuilder.graph(TestPaths.DATA).getDefaultModel();
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
            if (ontology.contains(ontology.getResource(term.getURI()), RDF.type, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLanguageTerm(Resource r) {
        String uri = r.getURI();
        return uri.startsWith(RDF.getURI()) || uri.startsWith(RDFS.getURI()) || uri.startsWith(OWL.getURI());
    }
}
