package org.grpokg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.grpokg.model.CatalogueData;
import org.grpokg.model.CatalogueSource;
import org.grpokg.model.LoadedCatalogue;
import org.grpokg.rdf.GraphMapper;
import org.grpokg.rdf.Graphs;
import org.grpokg.rdf.Iris;
import org.grpokg.rdf.OntologyFiles;
import org.grpokg.rdf.Vocab;
import org.grpokg.describe.StoreSummary;
import org.grpokg.search.SearchIndex;
import org.grpokg.store.FaultPoint;
import org.grpokg.store.NodeCaches;
import org.grpokg.validate.ShapesReport;
import org.grpokg.validate.ShapesValidator;
import org.grpokg.validate.UnitValidator;

/**
 * The build as a stream: the catalogue is mapped a few entries at a time
 * ({@link GraphMapper#stream}), each unit is checked against the shapes ({@link UnitValidator})
 * and sent to TDB2's bulk loader (mapping and checking on one thread, loading on the caller's,
 * a few units apart: {@link HandOff}), then the search index is made from the store, one resource at
 * a time. No stage holds the graph: memory holds the catalogue's records, one unit, the
 * vocabulary and a set of entry hashes; with {@link org.grpokg.catalogue.DataStream} as the source, the
 * catalogue's records are read entry by entry too (docs/decisions/0019-streaming-reader.md). See docs/decisions/0016-store-generations-and-streaming-build.md.
 */
public final class StreamingBuild {

    /** Entries per unit: large enough that checking is not dominated by the fixed cost of a SHACL run. */
    static final int ENTRIES_PER_UNIT = 200;

    /**
     * Units mapped and checked ahead of the loader, at most: the mapping thread waits when the
     * loader is this far behind, so memory holds a few units, never the graph.
     */
    static final int QUEUED_UNITS = 2;

    private static final Quad[] NO_QUADS = new Quad[0];

    /** A test's hook, called on the mapping thread after each unit is checked; null in normal use. */
    static volatile Consumer<UnitValidator> checkedHook;

    private static final org.apache.jena.system.progress.MonitorOutput QUIET = (fmt, args) -> { };

    private StreamingBuild() {
    }

    /** The shapes' verdict on {@code data}, unit by unit; writes nothing. */
    public static ShapesReport check(CatalogueData data) {
        return check(new LoadedCatalogue(data), ENTRIES_PER_UNIT);
    }

    /** The shapes' verdict on the entries {@code data} hands out, unit by unit; writes nothing. */
    public static ShapesReport check(CatalogueSource data) {
        return check(data, ENTRIES_PER_UNIT);
    }

    static ShapesReport check(CatalogueData data, int entriesPerUnit) {
        return check(new LoadedCatalogue(data), entriesPerUnit);
    }

    static ShapesReport check(CatalogueSource data, int entriesPerUnit) {
        UnitValidator validator = validator(data);
        GraphMapper.stream(data, entriesPerUnit, validator::check);
        return validator.report();
    }

    /**
     * Maps, checks and loads {@code data} into a new TDB2 database at {@code generation}, with
     * the search index in it; throws {@link InvalidDataException} (after checking every unit)
     * when the data does not conform.
     *
     * @return the number of distinct quads in the store
     */
    public static long load(CatalogueData data, Path generation, BuildProgress progress) {
        return load(new LoadedCatalogue(data), generation, progress, ENTRIES_PER_UNIT);
    }

    /** As {@link #load(CatalogueData, Path, BuildProgress)}, the entries read as they come from {@code data}. */
    public static long load(CatalogueSource data, Path generation, BuildProgress progress) {
        return load(data, generation, progress, ENTRIES_PER_UNIT);
    }

    static long load(CatalogueData data, Path generation, BuildProgress progress, int entriesPerUnit) {
        return load(new LoadedCatalogue(data), generation, progress, entriesPerUnit);
    }

    static long load(CatalogueSource data, Path generation, BuildProgress progress, int entriesPerUnit) {
        UnitValidator validator = validator(data);
        long total = data.entryCount();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation), NodeCaches.params());
        try {
            DataLoader loader = loader(dsg);
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                long[] counts = new long[3]; // units, quads sent, fault point reached
                // reading, mapping and checking on one thread, loading on this one (decision 0022)
                HandOff.<Quad[]>run("grpo-kg-map", QUEUED_UNITS, out -> GraphMapper.stream(data, entriesPerUnit, unit -> {
                    validator.check(unit);
                    Consumer<UnitValidator> hook = checkedHook;
                    if (hook != null) {
                        hook.accept(validator);
                    }
                    // once the data is known not to conform, only checking goes on
                    out.accept(validator.conforms() ? quads(unit.asDatasetGraph()) : NO_QUADS);
                }), quads -> {
                    counts[1] += send(quads, stream);
                    if (counts[1] >= 1000 && counts[2]++ == 0) {
                        FaultPoint.LOADING.reach();
                    }
                    counts[0]++;
                    progress.update(Math.min(total, (counts[0] - 1) * entriesPerUnit), total, counts[1]);
                });
                sendGraph(Graphs.ONTOLOGY, OntologyFiles.ontology().getGraph(), stream);
                sendGraph(Graphs.TAXONOMIES, OntologyFiles.taxonomies().getGraph(), stream);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            ShapesReport report = validator.report();
            if (!report.conforms()) {
                throw new InvalidDataException(report);
            }
            Txn.executeWrite(dsg, () -> Vocab.prefixes().getNsPrefixMap().forEach((k, v) -> dsg.prefixes().add(k, v)));
            progress.stage("indexing for search");
            SearchIndex.write(dsg, generation.resolve(SearchIndex.FOLDER));
            // what serve would otherwise count over every quad at start (decision 0020)
            StoreSummary.countInto(dsg, generation);
            return Txn.calculateRead(dsg, () -> size(dsg));
        } finally {
            progress.finish();
            TDBInternal.expel(dsg);
            NodeCaches.forget(generation);
        }
    }

    /**
     * TDB2's sequential loader by default: measured fastest here (decision 0016); the system
     * property {@code grpokg.loader} (basic, sequential, phased, parallel) picks another.
     */
    private static DataLoader loader(DatasetGraph dsg) {
        String kind = System.getProperty("grpokg.loader", "sequential");
        return switch (kind) {
            case "basic" -> LoaderFactory.basicLoader(dsg, QUIET);
            case "phased" -> LoaderFactory.phasedLoader(dsg, QUIET);
            case "parallel" -> LoaderFactory.parallelLoader(dsg, QUIET);
            default -> LoaderFactory.sequentialLoader(dsg, QUIET);
        };
    }

    /** The quads of a unit, taken out of its dataset on the mapping thread. */
    private static Quad[] quads(DatasetGraph unit) {
        List<Quad> out = new ArrayList<>();
        unit.find().forEachRemaining(out::add);
        return out.toArray(NO_QUADS);
    }

    private static long send(Quad[] quads, StreamRDF stream) {
        for (Quad q : quads) {
            // a general dataset names its default graph urn:x-arq:DefaultGraphNode: send those as triples
            if (q.isDefaultGraph()) {
                stream.triple(q.asTriple());
            } else {
                stream.quad(q);
            }
        }
        return quads.length;
    }

    private static void sendGraph(String name, Graph g, StreamRDF stream) {
        Node gn = NodeFactory.createURI(name);
        g.find().forEachRemaining(t -> stream.quad(Quad.create(gn, t)));
    }

    /** Distinct quads: the sizes of TDB2's primary indexes (units repeat shared resources; the indexes do not). */
    private static long size(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb.getTripleTable().getNodeTupleTable().getTupleTable().size()
                + tdb.getQuadTable().getNodeTupleTable().getTupleTable().size();
    }

    private static UnitValidator validator(CatalogueSource data) {
        Graph vocabulary = GraphFactory.createDefaultGraph();
        OntologyFiles.ontology().getGraph().find().forEachRemaining(vocabulary::add);
        OntologyFiles.taxonomies().getGraph().find().forEachRemaining(vocabulary::add);
        Iterable<org.grpokg.model.EntryKey> keys = data.entryKeys();
        return new UnitValidator(new ShapesValidator(), vocabulary, () -> new java.util.Iterator<String>() {
            private final java.util.Iterator<org.grpokg.model.EntryKey> it = keys.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public String next() {
                return Iris.entry(it.next());
            }
        });
    }
}
