package org.grpokg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.grpokg.model.CatalogueData;
import org.grpokg.model.CatalogueSource;
import org.grpokg.model.LoadedCatalogue;
import org.grpokg.model.Checkpoint;
import org.grpokg.model.Correction;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryFacts;
import org.grpokg.model.EntryKey;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.Source;
import org.grpokg.rdf.Vocab.Dcat;
import org.grpokg.rdf.Vocab.FaBiO;
import org.grpokg.rdf.Vocab.Fair4ML;
import org.grpokg.rdf.Vocab.Foaf;
import org.grpokg.rdf.Vocab.Prov;
import org.grpokg.rdf.Vocab.Schema;

/**
 * Maps the catalogue and its researched facts to RDF, keeping what the list says apart from
 * what is true of the work (docs/decisions/0006-records-and-works.md):
 * <ul>
 * <li>each listed line is a catalogue record ({@code dcat:CatalogRecord}): position, section,
 *     line, and the title, date and links as listed, and the corrections of the list;</li>
 * <li>the record's {@code foaf:primaryTopic} is the work (paper, survey or repository-only
 *     project), which holds the sourced facts: its title, date and repository are the listed ones
 *     unless a correction or an {@code issued} fact says otherwise.</li>
 * </ul>
 * The default graph holds every statement of the data (not the ontology: {@link Graphs}). Each
 * researched fact is also asserted in a named graph whose name is the IRI of the page or file it
 * was read from, so that {@code GRAPH ?source { <entry> gkg:usesAlgorithm ?a }} answers "says who?"
 * (docs/decisions/0003-provenance-as-named-graphs.md).
 */
public final class GraphMapper {

    private Dataset dataset;
    private Model all;
    /** Where finished units go; null keeps everything in one dataset. */
    private final java.util.function.Consumer<Dataset> sink;
    /** The catalogue being mapped: which entry lists a repository (lineage to it links the entry), first spellings. */
    private CatalogueSource source;
    /** Spellings of repositories no entry names, as mapping meets them, so that one repository gets one IRI whatever the case. */
    private final Map<RepoRef, RepoRef> spelling = new HashMap<>();

    private GraphMapper(java.util.function.Consumer<Dataset> sink) {
        this.sink = sink;
        fresh();
    }

    private void fresh() {
        dataset = DatasetFactory.create();
        all = dataset.getDefaultModel();
        all.setNsPrefixes(Vocab.prefixes());
    }

    /** Hands the unit mapped so far to the sink and starts a new one (keeps everything without a sink). */
    private void flush() {
        if (sink != null && !dataset.asDatasetGraph().isEmpty()) {
            sink.accept(dataset);
            fresh();
        }
    }

    /** The whole graph for {@code data}: default graph plus one named graph per source. */
    public static Dataset map(CatalogueData data) {
        GraphMapper m = new GraphMapper(null);
        m.mapAll(new LoadedCatalogue(data), Integer.MAX_VALUE);
        return m.dataset;
    }

    /**
     * The same graph as {@link #map}, in units: the catalogue and its sections first, then every
     * {@code entriesPerUnit} entries (each entry's record, work and facts in one unit), then the
     * base models. A resource shared by entries (a model, a repository, a person) is described
     * again in each unit that uses it: the union of the units is the graph. Each unit is a fresh
     * dataset, given to {@code sink} and then dropped.
     */
    public static void stream(CatalogueData data, int entriesPerUnit, java.util.function.Consumer<Dataset> sink) {
        stream(new LoadedCatalogue(data), entriesPerUnit, sink);
    }

    /** As {@link #stream(CatalogueData, int, java.util.function.Consumer)}, reading entries as they come from {@code source}. */
    public static void stream(CatalogueSource source, int entriesPerUnit, java.util.function.Consumer<Dataset> sink) {
        new GraphMapper(sink).mapAll(source, entriesPerUnit);
    }

    private void mapAll(CatalogueSource data, int entriesPerUnit) {
        this.source = data;
        catalogue(data, entriesPerUnit);
        for (BaseModel bm : data.models()) {
            baseModel(bm);
        }
        flush();
    }

    private Resource res(String iri) {
        return all.createResource(iri);
    }

    private void catalogue(CatalogueSource c, int entriesPerUnit) {
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
                    .addProperty(GKG.layout, s.layout().name().toLowerCase(java.util.Locale.ROOT));
            cat.addProperty(GKG.hasSection, section);
        }
        flush();
        int[] inUnit = {0};
        int[] pos = {0};
        int[] current = {-1};
        c.forEachEntry(listed -> {
            if (listed.section() != current[0]) {
                current[0] = listed.section();
                pos[0] = 0;
            }
            Entry e = listed.entry();
            // resources of this unit's model: the catalogue and section resources above belong to a flushed unit
            Resource record = record(e, res(Iris.section(listed.section() + 1)), ++pos[0]);
            res(Iris.catalogue()).addProperty(Dcat.record, record);
            EntryFacts f = listed.facts();
            work(e, f);
            if (f != null) {
                facts(e, f);
            }
            listRecords(e, listed.listings());
            if (++inUnit[0] >= entriesPerUnit) {
                flush();
                inUnit[0] = 0;
            }
        });
        flush();
    }

    /** The catalogue record: the line as the list writes it. */
    private Resource record(Entry e, Resource section, int position) {
        Listing l = e.listing();
        Resource r = res(Iris.record(e.key())).addProperty(RDF.type, Dcat.CatalogRecord)
                .addProperty(Foaf.primaryTopic, res(Iris.entry(e.key())))
                .addProperty(DCTerms.identifier, e.key().toString())
                .addProperty(GKG.listedIn, section)
                .addProperty(GKG.position, integer(position))
                .addProperty(GKG.listedTitle, l.title());
        if (e.kind() != EntryKind.IMPORTED) {
            // read from data/catalogue.md; imported entries come from their entry file's listing block
            r.addProperty(GKG.catalogueLine, integer(l.source().line()));
        }
        if (l.date() != null) {
            r.addProperty(GKG.listedDate, date(l.date()));
        }
        if (l.paperUrl() != null) {
            r.addProperty(GKG.listedPaperLink, res(l.paperUrl()));
        } else if (e.kind() == EntryKind.IMPORTED && e.arxivId() != null) {
            r.addProperty(GKG.listedPaperLink, res(e.arxivId().absUrl()));
        }
        if (l.repoUrl() != null) {
            r.addProperty(GKG.listedRepositoryLink, res(l.repoUrl()));
        }
        if (l.linkLabel() != null) {
            r.addProperty(GKG.linkLabel, l.linkLabel());
        }
        return r;
    }

    /**
     * The work: its kind, and its title, date, paper and repository, which are those listed unless
     * the facts correct them (a correction of the list, or the work's own {@code issued} date); a
     * corrected value is asserted in the named graph of the source that states it.
     */
    private void work(Entry e, EntryFacts f) {
        Resource w = res(Iris.entry(e.key())).addProperty(RDF.type, GKG.Entry);
        switch (e.kind()) {
            case PAPER -> w.addProperty(RDF.type, GKG.Paper).addProperty(RDF.type, FaBiO.Preprint);
            case SURVEY -> w.addProperty(RDF.type, GKG.Survey).addProperty(RDF.type, FaBiO.Preprint);
            case REPOSITORY -> w.addProperty(RDF.type, GKG.RepositoryProject);
            case IMPORTED -> { }
        }
        Asserter say = new Asserter(w, f == null ? Map.of() : sources(f));
        Map<String, Correction> fix = new HashMap<>();
        if (f != null) {
            f.corrections().forEach(c -> fix.putIfAbsent(c.field(), c));
        }

        Correction title = fix.get(Correction.TITLE);
        say.fact(w, DCTerms.title, all.createLiteral(title != null ? title.actual() : e.title()), title == null ? null : title.source());

        Correction dateFix = fix.get(Correction.DATE);
        Optional<PartialDate> corrected = dateFix == null ? Optional.empty() : PartialDate.parse(dateFix.actual());
        if (f != null && f.issued() != null) {
            say.fact(w, DCTerms.issued, date(f.issued().date()), f.issued().source());
        } else if (corrected.isPresent()) {
            say.fact(w, DCTerms.issued, date(corrected.get()), dateFix.source());
        } else if (e.date() != null) {
            w.addProperty(DCTerms.issued, date(e.date()));
        }

        Correction paperFix = fix.get(Correction.PAPER);
        String paperSource = paperFix == null ? null : paperFix.source();
        String paper = paperFix != null ? paperFix.actual() : e.arxivId() != null ? e.arxivId().absUrl() : e.paperUrl();
        ArxivId arxiv = e.arxivId() != null ? e.arxivId() : ArxivId.fromUrl(paper).orElse(null);
        if (arxiv != null) {
            say.fact(w, GKG.arxivId, all.createLiteral(arxiv.id()), e.arxivId() != null ? null : paperSource);
        }
        if (paper != null) {
            say.fact(w, Schema.url, res(paper), paperSource);
        }

        Correction repoFix = fix.get(Correction.REPOSITORY);
        Optional<RepoRef> fixedRepo = repoFix == null ? Optional.empty() : RepoRef.containing(repoFix.actual());
        if (fixedRepo.isPresent()) {
            // a link into a repository (a branch, a folder) names the repository; the correction keeps the link
            say.fact(w, GKG.hasRepository, repository(fixedRepo.get()), repoFix.source());
        } else if (e.repo() != null) {
            w.addProperty(GKG.hasRepository, repository(e.repo()));
        }
    }

    /**
     * The sources an entry file declares, by id, each a resource typed prov:Entity; a list read by
     * {@code grpo-kg import} is its {@link #list} (its named graph holds the facts the list states).
     */
    private Map<String, Resource> sources(EntryFacts f) {
        Map<String, Resource> sources = new HashMap<>();
        for (Source s : f.sources()) {
            sources.put(s.id(), s.isList() ? list(s.file()).addProperty(RDF.type, Prov.Entity) : sourceResource(s.url(), s.what()));
        }
        return sources;
    }

    /** Another awesome list, named by its file: a dcat:Catalog whose records are the entries it lists. */
    private Resource list(String file) {
        Resource list = res(Iris.list(file));
        if (!list.hasProperty(RDF.type, Dcat.Catalog)) {
            String name = java.nio.file.Path.of(file).getFileName().toString();
            list.addProperty(RDF.type, Dcat.Catalog).addProperty(DCTerms.title, name).addProperty(RDFS.label, name)
                    .addProperty(DCTerms.identifier, file);
        }
        return list;
    }

    /**
     * One record per list that lists the entry ({@code kg:record/list/<slug>/...}): the title, date and
     * links as that list writes them and its line there, about the same work (docs/decisions/0012).
     */
    private void listRecords(Entry e, List<Listing> listings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Listing l : listings) {
            String file = l.source().file();
            if (file == null || file.isBlank() || !seen.add(Iris.listRecord(file, e.key()))) {
                continue; // a listing without its list, or the same list twice: one record
            }
            Resource r = res(Iris.listRecord(file, e.key())).addProperty(RDF.type, Dcat.CatalogRecord)
                    .addProperty(Foaf.primaryTopic, res(Iris.entry(e.key())))
                    .addProperty(DCTerms.identifier, e.key().toString())
                    .addProperty(GKG.listedTitle, l.title());
            if (l.source().line() > 0) {
                r.addProperty(GKG.listLine, integer(l.source().line()));
            }
            if (l.date() != null) {
                r.addProperty(GKG.listedDate, date(l.date()));
            }
            if (l.paperUrl() != null) {
                r.addProperty(GKG.listedPaperLink, res(l.paperUrl()));
            }
            if (l.repoUrl() != null) {
                r.addProperty(GKG.listedRepositoryLink, res(l.repoUrl()));
            }
            list(file).addProperty(Dcat.record, r);
        }
    }

    /** One resource per repository whatever the case of its name (the first spelling seen names it). */
    private Resource repository(RepoRef named) {
        RepoRef repo = source.spelling(named).orElseGet(() -> spelling.computeIfAbsent(named, r -> r));
        Resource r = res(Iris.repository(repo)).addProperty(RDF.type, Schema.SoftwareSourceCode)
                .addProperty(RDFS.label, repo.slug())
                .addProperty(GKG.githubName, repo.slug())
                .addProperty(Schema.codeRepository, res(repo.url()));
        return r;
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
        Resource entry = res(Iris.entry(e.key()));
        Resource record = res(Iris.record(e.key()));
        Map<String, Resource> sources = sources(f);
        sources.values().forEach(src -> entry.addProperty(Prov.wasDerivedFrom, src));
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
            Resource corr = res(Iris.correction(record.getURI(), c.field())).addProperty(RDF.type, GKG.Correction)
                    .addProperty(GKG.correctedField, c.field())
                    .addProperty(GKG.actualValue, c.actual());
            if (c.listed() != null) {
                corr.addProperty(GKG.listedValue, c.listed());
            }
            if (c.note() != null) {
                corr.addProperty(RDFS.comment, c.note());
            }
            say.fact(record, GKG.hasCorrection, corr, c.source());
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
        EntryKey k = EntryKey.parse(key).orElseThrow(() ->
                new IllegalArgumentException("buildsOn target is neither an arXiv id nor owner/name: " + key));
        if (k.arxivId() != null) {
            return res(Iris.entry(k));
        }
        Optional<EntryKey> listed = source.entryWithRepo(k.repo());
        return listed.isPresent() ? res(Iris.entry(listed.get())) : repository(k.repo());
    }

    /** A date as precise as it is: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    static Literal date(PartialDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.toString(), type);
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
            Resource src = sourceId == null ? null : sources.get(sourceId);
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
