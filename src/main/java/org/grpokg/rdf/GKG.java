package org.grpokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The grpo-kg ontology ({@code ontology/grpo-kg.ttl}): one constant per term it declares. */
public final class GKG {

    public static final String NS = "https://w3id.org/grpo-kg/ontology#";

    private GKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    /** Anything the catalogue lists: a paper, a survey or a repository-only project. */
    public static final Resource Entry = resource("Entry");
    /** A research paper, in this field almost always an arXiv preprint. */
    public static final Resource Paper = resource("Paper");
    /** A paper that surveys a field. */
    public static final Resource Survey = resource("Survey");
    /** A project the catalogue knows only by its code repository. */
    public static final Resource RepositoryProject = resource("RepositoryProject");
    /** A benchmark an entry reports results on. */
    public static final Resource Benchmark = resource("Benchmark");
    /** The position of one author in a paper's author list. */
    public static final Resource Authorship = resource("Authorship");
    /** A difference between what the catalogue lists and what a source says. */
    public static final Resource Correction = resource("Correction");
    /** A section of the catalogue document. */
    public static final Resource CatalogueSection = resource("CatalogueSection");

    // Catalogue records: what the list says
    public static final Property listedTitle = property("listedTitle");
    public static final Property listedDate = property("listedDate");
    public static final Property listedPaperLink = property("listedPaperLink");
    public static final Property listedRepositoryLink = property("listedRepositoryLink");

    // Catalogue
    public static final Property arxivId = property("arxivId");
    public static final Property hasRepository = property("hasRepository");
    public static final Property githubName = property("githubName");
    public static final Property linkLabel = property("linkLabel");
    public static final Property listedIn = property("listedIn");
    public static final Property hasSection = property("hasSection");
    public static final Property position = property("position");
    public static final Property layout = property("layout");
    /** The line of another awesome list a record was read from. */
    public static final Property listLine = property("listLine");
    public static final Property catalogueLine = property("catalogueLine");

    // Recipe and knowledge
    public static final Property usesAlgorithm = property("usesAlgorithm");
    public static final Property usesRecipeElement = property("usesRecipeElement");
    public static final Property usesReward = property("usesReward");
    public static final Property hasDomain = property("hasDomain");
    public static final Property hasModality = property("hasModality");
    public static final Property baseModel = property("baseModel");
    public static final Property builtWith = property("builtWith");
    public static final Property buildsOn = property("buildsOn");
    public static final Property releasesDataset = property("releasesDataset");
    public static final Property releasesModel = property("releasesModel");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property hasAuthorship = property("hasAuthorship");
    public static final Property author = property("author");
    public static final Property affiliation = property("affiliation");
    public static final Property unconfirmed = property("unconfirmed");

    // Models
    public static final Property huggingFaceId = property("huggingFaceId");
    public static final Property modelFamily = property("modelFamily");
    public static final Property nominalSize = property("nominalSize");
    public static final Property instructionTuned = property("instructionTuned");

    // Corrections
    public static final Property hasCorrection = property("hasCorrection");
    public static final Property correctedField = property("correctedField");
    public static final Property listedValue = property("listedValue");
    public static final Property actualValue = property("actualValue");
}
