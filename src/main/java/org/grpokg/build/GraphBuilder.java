package org.grpokg.build;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.grpokg.catalogue.DataReader;
import org.grpokg.catalogue.DataStream;
import org.grpokg.model.CatalogueData;
import org.grpokg.rdf.ConceptIds;
import org.grpokg.rdf.GraphMapper;
import org.grpokg.rdf.Graphs;
import org.grpokg.validate.ShapesReport;
import org.grpokg.validate.ShapesValidator;

/**
 * The whole way from a data folder to a checked graph: read, map, add the ontology, validate.
 * Used by {@code build}, {@code validate} and the tests; writes nothing.
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    /** The graph of a data folder, with the ontology and taxonomies in their named graphs ({@link Graphs}); not validated. */
    public static Dataset graph(Path dataDir) {
        return graph(read(dataDir));
    }

    public static Dataset graph(CatalogueData data) {
        return Graphs.withVocabulary(GraphMapper.map(data));
    }

    /** The shapes' verdict on a data folder, checked entry by entry without building the whole graph. */
    public static ShapesReport check(Path dataDir) {
        return StreamingBuild.check(stream(dataDir));
    }

    /**
     * Checks a data folder as {@link #read} does, then hands its entries out one at a time, each
     * entry file read when its turn comes (docs/decisions/0019-streaming-reader.md): what
     * {@code build} and {@code validate} use, so memory does not grow with the catalogue's records.
     */
    public static DataStream stream(Path dataDir) {
        return DataStream.open(dataDir, ConceptIds.builtIn());
    }

    /**
     * Reads a data folder strictly, concept ids checked against the built-in taxonomies, so that an
     * unknown one is reported at its entry file's line before the shapes (docs/decisions/0015-strict-input.md).
     */
    public static CatalogueData read(Path dataDir) {
        return new DataReader(ConceptIds.builtIn()).read(dataDir);
    }

    public static ShapesReport validate(Dataset graph) {
        return new ShapesValidator().validate(Graphs.dataWithVocabulary(graph).getGraph());
    }

    /** The graph of a data folder, validated: throws {@link InvalidDataException} when it does not conform. */
    public static Dataset checkedGraph(Path dataDir) {
        Dataset ds = graph(dataDir);
        ShapesReport report = validate(ds);
        if (!report.conforms()) {
            throw new InvalidDataException(report);
        }
        return ds;
    }
}
