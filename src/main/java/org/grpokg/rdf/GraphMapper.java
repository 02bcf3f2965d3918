package org.grpokg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.grpokg.model.ArxivId;
import org.grpokg.model.BaseModel;
import org.grpokg.model.Catalogue;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.Checkpoint;
import org.grpokg.model.Correction;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Fact;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.Source;
import org.grpokg.rdf.Vocab.Dcat;
import org.grpokg.rdf.Vocab.FaBiO;
import org.grpokg.rdf.Vocab.Fair4ML;
import org.grpokg.rdf.Vocab.Prov;
import org.grpokg.rdf.Vocab.Schema;

/**
 * Maps the catalogue and its researched facts to RDF.
 *
 * <p>The default graph holds every statement. Each researched fact is also asserted in a named
 * graph whose name is the IRI of the page or file it was read from, so that
 * {@code GRAPH ?source { <entry> gkg:usesAlgorithm ?a }} answers "says who?".
 * See docs/decisions/0003-provenance-as-named-graphs.md.
 */
public final class GraphMapper {

    private final Dataset dataset = DatasetFactory.create();
    private final Model all = dataset.getDefaultModel();
    /** Catalogue entries by repository (lower-case owner/name): lineage to a listed repository links the entry. */
    private final Map<String, Entry> entriesByRepo = new HashMap<>();

    private GraphMapper() {
        all.setNsPrefixes(Vocab.prefixes());
    }

    /** The whole graph for {@code data}: default graph plus one named graph per source. */
    public static Dataset map(CatalogueData data) {
        GraphMapper m = new GraphMapper();
        for (Entry e : data.catalogue().entries()) {
            if (e.repo() != null) {
                m.entriesByRepo.putIfAbsent(e.repo().slug().toLowerCase(java.util.Locale.ROOT), e);
            }
        }
        m.catalogue(data.catalogue());
        for (BaseModel bm : data.models()) {
            m.baseModel(bm);
        }
        for (Entry e : data.catalogue().entries()) {
            data.factsFor(e).ifPresent(f -> m.facts(e, f));
        }
        return m.dataset;
    }

    private Resource res(String iri) {
        return all.createResource(iri);
    }

    private void catalogue(Catalogue c) {
        Resource cat = res(Iris.catalogue()).addProperty(RDF.type, Dcat.Catalog)
                .addProperty(DCTerms.title, c.title());
        if (!c.introduction().isBlank()) {
            cat.addProperty(DCTerms.description, c.introduction());
        }
        int sectionNo = 0;
        for (Section s : c.sections()) {
            sectionNo++;
            Resource section = res(Iris.section(sectionNo)).addProperty(RDF.type, GKG.CatalogueSection)
                    .addProperty(RDFS.label, s.heading())
                    .addProperty(GKG.position, integer(sectionNo))
                    .addProperty(GKG.layout, s.layout().name().toLowerCase());
            cat.addProperty(GKG.hasSection, section);
            int pos = 0;
            for (Entry e : s.entries()) {
                entry(e, section, ++pos);
            }
        }
    }

    private void entry(Entry e, Resource section, int position) {
        Resource r = res(Iris.entry(e)).addProperty(RDF.type, GKG.Entry)
                .addProperty(DCTerms.title, e.title())
                .addProperty(GKG.listedIn, section)
                .addProperty(GKG.position, integer(position));
        if (e.kind() != EntryKind.IMPORTED) {
            // read from data/catalogue.md; imported entries come from their entry file's listing block
            r.addProperty(Prov.wasDerivedFrom, res(Iris.catalogue()))
                    .addProperty(GKG.catalogueLine, integer(e.position().line()));
        }
        switch (e.kind()) {
            case PAPER -> r.addProperty(RDF.type, GKG.Paper).addProperty(RDF.type, FaBiO.Preprint);
            case SURVEY -> r.addProperty(RDF.type, GKG.Survey).addProperty(RDF.type, FaBiO.Preprint);
            case REPOSITORY -> r.addProperty(RDF.type, GKG.RepositoryProject);
        }
        if (e.date() != null) {
            r.addProperty(DCTerms.issued, all.createTypedLiteral(e.date().toString(), XSDDatatype.XSDdate));
        }
        if (e.arxivId() != null) {
            r.addProperty(GKG.arxivId, e.arxivId().id());
        }
        if (e.paperUrl() != null) {
            r.addProperty(Schema.url, res(e.paperUrl()));
        }
        if (e.repo() != null) {
            r.addProperty(GKG.hasRepository, repository(e.repo(), e.repoUrl()));
            if (e.linkLabel() != null) {
                r.addProperty(GKG.linkLabel, e.linkLabel());
            }
        }
    }

    private Resource repository(RepoRef repo, String url) {
        return res(Iris.repository(repo)).addProperty(RDF.type, Schema.SoftwareSourceCode)
                .addProperty(RDFS.label, repo.slug())
                .addProperty(GKG.githubName, repo.slug())
                .addProperty(Schema.codeRepository, res(url != null ? url : repo.url()));
    }

    private void baseModel(BaseModel m) {
        Resource r = model(m.id());
        if (m.family() != null) {
            r.addProperty(GKG.modelFamily, m.family());
        }
        if (m.parameters() != null) {
            r.addProperty(GKG.nominalSize, m.parameters());
        }
        if (m.instruct() != null) {
            r.addLiteral(GKG.instructionTuned, m.instruct().booleanValue());
        }
        if (m.source() != null) {
            r.addProperty(Prov.wasDerivedFrom, sourceResource(m.source(), null));
        }
    }

    private Resource model(String hfId) {
        return res(Iris.model(hfId)).addProperty(RDF.type, Fair4ML.MLModel)
                .addProperty(RDFS.label, hfId)
                .addProperty(GKG.huggingFaceId, hfId);
    }

    private Resource sourceResource(String url, String what) {
        Resource s = res(url).addProperty(RDF.type, Prov.Entity);
        if (what != null) {
            s.addProperty(RDFS.label, what);
        }
        return s;
    }

    /** The facts of one entry; {@code sources} maps a fact's source id to its named graph. */
    private void facts(Entry e, EntryFacts f) {
        Resource entry = res(Iris.entry(e));
        Map<String, Resource> sources = new HashMap<>();
        for (Source s : f.sources()) {
            Resource src = sourceResource(s.url(), s.what());
            sources.put(s.id(), src);
            entry.addProperty(Prov.wasDerivedFrom, src);
        }
        Asserter say = new Asserter(entry, sources);
        if (f.name() != null) {
            entry.addProperty(Schema.alternateName, f.name());
        }
        for (int i = 0; i < f.authors().size(); i++) {
            String name = f.authors().get(i);
            Resource person = res(Iris.person(name)).addProperty(RDF.type, Schema.Person).addProperty(Schema.name, name);
            Resource authorship = res(Iris.authorship(entry.getURI(), i + 1)).addProperty(RDF.type, GKG.Authorship);
            say.fact(entry, GKG.hasAuthorship, authorship, f.authorsSource());
            say.fact(authorship, GKG.author, person, f.authorsSource());
            say.fact(authorship, GKG.position, integer(i + 1), f.authorsSource());
            say.fact(entry, DCTerms.creator, person, f.authorsSource());
        }
        for (String org : f.affiliations()) {
            Resource o = res(Iris.organization(org)).addProperty(RDF.type, Schema.Organization).addProperty(Schema.name, org);
            say.fact(entry, GKG.affiliation, o, f.affiliationsSource());
        }
        say.concepts(GKG.usesAlgorithm, "algorithm", f.algorithms());
        say.concepts(GKG.usesRecipeElement, "recipe", f.recipe());
        say.concepts(GKG.usesReward, "reward", f.rewards());
        say.concepts(GKG.hasDomain, "domain", f.domains());
        say.concepts(GKG.hasModality, "modality", f.modalities());
        say.concepts(GKG.builtWith, "framework", f.frameworks());
        for (Fact m : f.baseModels()) {
            say.fact(entry, GKG.baseModel, model(m.value()), m.source());
        }
        for (Fact b : f.buildsOn()) {
            say.fact(entry, GKG.buildsOn, lineageTarget(b.value()), b.source());
        }
        for (Fact d : f.datasets()) {
            Resource ds = res(Iris.dataset(d.value())).addProperty(RDF.type, Schema.Dataset)
                    .addProperty(RDFS.label, d.value()).addProperty(GKG.huggingFaceId, d.value());
            say.fact(entry, GKG.releasesDataset, ds, d.source());
        }
        for (Checkpoint c : f.checkpoints()) {
            Resource m = model(c.id());
            say.fact(entry, GKG.releasesModel, m, c.source());
            if (c.fineTunedFrom() != null) {
                say.fact(m, Fair4ML.fineTunedFrom, model(c.fineTunedFrom()), c.source());
            }
        }
        for (Fact b : f.benchmarks()) {
            Resource bench = res(Iris.benchmark(b.value())).addProperty(RDF.type, GKG.Benchmark).addProperty(RDFS.label, b.value());
            say.fact(entry, GKG.evaluatedOn, bench, b.source());
        }
        for (Correction c : f.corrections()) {
            Resource corr = res(Iris.correction(entry.getURI(), c.field())).addProperty(RDF.type, GKG.Correction)
                    .addProperty(GKG.correctedField, c.field())
                    .addProperty(GKG.actualValue, c.actual());
            if (c.listed() != null) {
                corr.addProperty(GKG.listedValue, c.listed());
            }
            if (c.note() != null) {
                corr.addProperty(RDFS.comment, c.note());
            }
            say.fact(entry, GKG.hasCorrection, corr, c.source());
            say.fact(corr, Prov.wasDerivedFrom, sources.get(c.source()), c.source());
        }
        for (String u : f.unconfirmed()) {
            entry.addProperty(GKG.unconfirmed, u);
        }
    }

    /**
     * A lineage target: the catalogue entry with that arXiv id or repository (GitHub names are
     * case-insensitive), else the GitHub repository itself.
     */
    private Resource lineageTarget(String key) {
        if (ArxivId.isValid(key)) {
            return res(Iris.paper(new ArxivId(key)));
        }
        RepoRef repo = RepoRef.parse(key).orElseThrow(() ->
                new IllegalArgumentException("buildsOn target is neither an arXiv id nor owner/name: " + key));
        Entry listed = entriesByRepo.get(repo.slug().toLowerCase(java.util.Locale.ROOT));
        return listed != null ? res(Iris.entry(listed)) : repository(repo, null);
    }

    /** Adds statements to the default graph and to the named graph of their source. */
    private final class Asserter {
        private final Resource entry;
        private final Map<String, Resource> sources;

        Asserter(Resource entry, Map<String, Resource> sources) {
            this.entry = entry;
            this.sources = sources;
        }

        void fact(Resource s, Property p, RDFNode o, String sourceId) {
            all.add(s, p, o);
            Resource src = sources.get(sourceId);
            if (src != null) {
                dataset.getNamedModel(src.getURI()).add(s, p, o);
            }
        }

        void concepts(Property p, String scheme, List<Fact> facts) {
            for (Fact f : facts) {
                fact(entry, p, res(Iris.concept(scheme, f.value())), f.source());
            }
        }
    }

    /** An xsd:integer (Jena's addLiteral(long) would give xsd:long). */
    private static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
