package org.grpokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The external vocabularies the graph reuses (the terms Jena does not ship constants for), and
 * the one prefix mapping used by export, queries and the server.
 */
public final class Vocab {

    private Vocab() {
    }

    /** FaBiO, the FRBR-aligned Bibliographic Ontology (SPAR). */
    public static final class FaBiO {
        public static final String NS = "http://purl.org/spar/fabio/";
        public static final Resource Preprint = ResourceFactory.createResource(NS + "Preprint");
        private FaBiO() {
        }
    }

    /** schema.org, for code, people, organisations and datasets. */
    public static final class Schema {
        public static final String NS = "https://schema.org/";
        public static final Resource SoftwareSourceCode = ResourceFactory.createResource(NS + "SoftwareSourceCode");
        public static final Resource Person = ResourceFactory.createResource(NS + "Person");
        public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
        public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
        public static final Property codeRepository = ResourceFactory.createProperty(NS, "codeRepository");
        public static final Property name = ResourceFactory.createProperty(NS, "name");
        public static final Property alternateName = ResourceFactory.createProperty(NS, "alternateName");
        public static final Property url = ResourceFactory.createProperty(NS, "url");
        private Schema() {
        }
    }

    /** W3C PROV-O, for where facts come from. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
        private Prov() {
        }
    }

    /** FAIR4ML, for machine-learning models and their lineage. */
    public static final class Fair4ML {
        public static final String NS = "https://w3id.org/fair4ml#";
        public static final Resource MLModel = ResourceFactory.createResource(NS + "MLModel");
        public static final Property fineTunedFrom = ResourceFactory.createProperty(NS, "fineTunedFrom");
        private Fair4ML() {
        }
    }

    /** W3C DCAT, for the catalogue itself. */
    public static final class Dcat {
        public static final String NS = "http://www.w3.org/ns/dcat#";
        public static final Resource Catalog = ResourceFactory.createResource(NS + "Catalog");
        public static final Resource CatalogRecord = ResourceFactory.createResource(NS + "CatalogRecord");
        public static final Property record = ResourceFactory.createProperty(NS, "record");
        private Dcat() {
        }
    }

    /** FOAF, for the work a catalogue record is about (DCAT's own choice). */
    public static final class Foaf {
        public static final String NS = "http://xmlns.com/foaf/0.1/";
        public static final Property primaryTopic = ResourceFactory.createProperty(NS, "primaryTopic");
        private Foaf() {
        }
    }

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gkg", GKG.NS)
            .setNsPrefix("kg", Iris.BASE)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("fabio", FaBiO.NS)
            .setNsPrefix("schema", Schema.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("fair4ml", Fair4ML.NS)
            .setNsPrefix("dcat", Dcat.NS)
            .setNsPrefix("foaf", Foaf.NS)
            .setNsPrefix("scheme", Iris.BASE + "scheme/")
            .setNsPrefix("algorithm", Iris.BASE + "algorithm/")
            .setNsPrefix("recipe", Iris.BASE + "recipe/")
            .setNsPrefix("reward", Iris.BASE + "reward/")
            .setNsPrefix("domain", Iris.BASE + "domain/")
            .setNsPrefix("modality", Iris.BASE + "modality/")
            .setNsPrefix("framework", Iris.BASE + "framework/")
            .lock();

    /** An IRI in prefixed form using the longest matching namespace ({@code algorithm:grpo}, not {@code kg:algorithm/grpo}). */
    public static String shortForm(String iri) {
        String best = null;
        for (var e : PREFIXES.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > PREFIXES.getNsPrefixURI(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(PREFIXES.getNsPrefixURI(best).length());
    }

    /** The prefixes of every output: {@code gkg:}, {@code kg:} and the reused vocabularies. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
