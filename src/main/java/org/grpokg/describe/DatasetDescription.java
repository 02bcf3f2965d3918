package org.grpokg.describe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.Labels;
import org.grpokg.rdf.Vocab;

/**
 * The dataset description (VoID and DCAT): size, entities per class, vocabularies, licence, and
 * where the data can be had (a SPARQL endpoint, dumps). Counted once from a dataset; the server
 * describes itself with it at {@code /.well-known/void}, a release describes its dump files.
 */
public final class DatasetDescription {

    public static final String PATH = "/.well-known/void";

    /** A way to get the data: a download (a dump) or an access point (the SPARQL endpoint). */
    public record Distribution(String title, String url, String mediaType, boolean download) {
    }

    /**
     * Where the described data can be had, and what release it is (version and date, both
     * optional: a running server is not a release).
     */
    public record Access(String sparqlEndpoint, List<Distribution> distributions, String version, String issued) {
    }
    public static final String DOCUMENT = Iris.datasetDescription();
    public static final String DATASET = DOCUMENT + "#grpo-kg";

    public record ClassCount(Node type, String label, long entities) {
    }

    private final long triples;
    private final long namedGraphs;
    private final long namedGraphQuads;
    private final List<ClassCount> classes;
    private final List<String> vocabularies;
    private final long properties;
    private final Node licence;

    private DatasetDescription(long triples, long namedGraphs, long namedGraphQuads, List<ClassCount> classes,
                               List<String> vocabularies, long properties, Node licence) {
        this.triples = triples;
        this.namedGraphs = namedGraphs;
        this.namedGraphQuads = namedGraphQuads;
        this.classes = classes;
        this.vocabularies = vocabularies;
        this.properties = properties;
        this.licence = licence;
    }

    public static DatasetDescription count(DatasetGraph dsg) {
        List<Binding> classRows = select(dsg, "void-classes");
        List<Binding> predicateRows = select(dsg, "void-predicates");
        return Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg);
            List<ClassCount> classes = new ArrayList<>();
            TreeSet<String> vocabularies = new TreeSet<>();
            for (Binding b : classRows) {
                Node c = b.get(Var.alloc("class"));
                classes.add(new ClassCount(c, labels.label(c), ((Number) b.get(Var.alloc("entities")).getLiteralValue()).longValue()));
                namespace(c).ifPresent(vocabularies::add);
            }
            predicateRows.forEach(b -> namespace(b.get(Var.alloc("predicate"))).ifPresent(vocabularies::add));
            long graphs = 0;
            long quads = 0;
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                graphs++;
                quads += dsg.getGraph(names.next()).size();
            }
            Node licence = labels.distinctObjects(Labels.iri(Iris.ontology()), DCTerms.license.asNode())
                    .stream().findFirst().orElse(null);
            return new DatasetDescription(dsg.getDefaultGraph().size(), graphs, quads, List.copyOf(classes),
                    List.copyOf(vocabularies), predicateRows.size(), licence);
        });
    }

    /**
     * A description from counts made earlier (a {@link StoreSummary}); {@code properties} is the
     * number of distinct predicates of the default graph.
     */
    public static DatasetDescription of(long triples, long namedGraphs, long namedGraphQuads, List<ClassCount> classes,
                                        List<String> vocabularies, long properties, Node licence) {
        return new DatasetDescription(triples, namedGraphs, namedGraphQuads, List.copyOf(classes), List.copyOf(vocabularies),
                properties, licence);
    }

    /** The text of the query {@code describe/NAME.rq}. */
    static String text(String name) {
        try (var in = DatasetDescription.class.getClassLoader().getResourceAsStream("describe/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: describe/" + name + ".rq");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of the SELECT query {@code describe/NAME.rq}. */
    private static List<Binding> select(DatasetGraph dsg, String name) {
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(text(name));
        return Txn.calculateRead(dsg, () -> {
            List<Binding> rows = new ArrayList<>();
            try (org.apache.jena.sparql.exec.QueryExec qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
                // copied inside the transaction: a TDB2 row decodes its nodes lazily
                qe.select().forEachRemaining(b -> rows.add(org.apache.jena.sparql.engine.binding.BindingFactory.copy(b)));
            }
            return rows;
        });
    }

    /** The namespace of a term from the project's prefix table, else the IRI up to its last '#' or '/'. */
    private static java.util.Optional<String> namespace(Node n) {
        if (!n.isURI()) {
            return java.util.Optional.empty();
        }
        String iri = n.getURI();
        if (iri.startsWith(Iris.BASE)) {
            return java.util.Optional.empty(); // our resources, not a vocabulary
        }
        for (Map.Entry<String, String> e : Vocab.prefixes().getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && !e.getValue().startsWith(Iris.BASE)) {
                return java.util.Optional.of(e.getValue());
            }
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return java.util.Optional.of(iri.substring(0, cut + 1));
    }

    /** The description of a running server at {@code base} ({@code http://host:port/}): its endpoint and live dumps. */
    public Model model(String base) {
        return model(new Access(base + "kg/sparql", List.of(
                new Distribution("The default graph as Turtle", base + "kg/get?default", "text/turtle", true),
                new Distribution("Every graph, with one named graph per source, as TriG", base + "kg/get", "application/trig", true)),
                null, null));
    }

    /** The description as RDF, with where the data can be had. */
    public Model model(Access access) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        m.setNsPrefix("void", VOID.NS);
        Resource doc = m.createResource(DOCUMENT).addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description of the grpo-kg dataset");
        Resource ds = m.createResource(DATASET).addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "grpo-kg")
                .addProperty(DCTerms.description, "A knowledge graph of research on reinforcement learning (DeepSeek-R1 / GRPO style) "
                        + "for vision and multimodal reasoning: papers, repositories, algorithms, training recipes, rewards, "
                        + "domains, modalities, base models, released checkpoints and datasets, benchmarks, authors and lineage, "
                        + "each researched fact in a named graph named after its source.")
                .addProperty(VOID.triples, integer(m, triples))
                .addProperty(VOID.classes, integer(m, classes.size()))
                .addProperty(VOID.properties, integer(m, properties))
                .addProperty(VOID.uriSpace, Iris.BASE)
                .addProperty(VOID.rootResource, m.createResource(Iris.catalogue()));
        doc.addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        if (access.version() != null) {
            ds.addProperty(org.apache.jena.vocabulary.OWL2.versionInfo, access.version());
        }
        if (access.issued() != null) {
            ds.addProperty(DCTerms.issued, m.createTypedLiteral(access.issued(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        }
        if (licence != null && licence.isURI()) {
            ds.addProperty(DCTerms.license, m.createResource(licence.getURI()));
        }
        vocabularies.forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        for (ClassCount c : classes) {
            if (c.type().isURI()) {
                // named, not blank: the same data must give the same file (releases are byte-identical)
                ds.addProperty(VOID.classPartition, m.createResource(DATASET + "-class-" + Iris.slug(Vocab.shortForm(c.type().getURI())))
                        .addProperty(VOID._class, m.createResource(c.type().getURI()))
                        .addProperty(VOID.entities, integer(m, c.entities())));
            }
        }
        if (access.sparqlEndpoint() != null) {
            ds.addProperty(VOID.sparqlEndpoint, m.createResource(access.sparqlEndpoint()));
            ds.addProperty(DCAT.distribution, m.createResource(DATASET + "-sparql").addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "SPARQL endpoint")
                    .addProperty(DCAT.accessURL, m.createResource(access.sparqlEndpoint())));
        }
        for (Distribution d : access.distributions()) {
            if (d.download()) {
                ds.addProperty(VOID.dataDump, m.createResource(d.url()));
            }
            ds.addProperty(DCAT.distribution, m.createResource(DATASET + "-dump-" + Iris.slug(d.title())).addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, d.title())
                    .addProperty(d.download() ? DCAT.downloadURL : DCAT.accessURL, m.createResource(d.url()))
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + d.mediaType())));
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    public long triples() {
        return triples;
    }

    public long namedGraphs() {
        return namedGraphs;
    }

    public long namedGraphQuads() {
        return namedGraphQuads;
    }

    public List<ClassCount> classes() {
        return classes;
    }

    /** The number of distinct predicates in the default graph ({@code void:properties}). */
    public long properties() {
        return properties;
    }

    public List<String> vocabularies() {
        return vocabularies;
    }

    public Node licence() {
        return licence;
    }
}
