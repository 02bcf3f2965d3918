package org.grpokg.bench;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.grpokg.build.GraphBuilder;
import org.grpokg.catalogue.DataReader;
import org.grpokg.model.CatalogueData;
import org.grpokg.search.SearchIndex;
import org.grpokg.store.KgStore;
import org.grpokg.validate.ShapesReport;

/**
 * Times the stages of a build in one JVM (read, map, validate, load), to show where build time
 * goes (and the search index written beside it). Usage: {@code BuildPhases DATADIR STOREDIR}. Prints one line per stage, in ms.
 */
public final class BuildPhases {

    private BuildPhases() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        long t0 = System.nanoTime();
        CatalogueData d = new DataReader().read(data);
        long t1 = System.nanoTime();
        Dataset graph = GraphBuilder.graph(d);
        long t2 = System.nanoTime();
        ShapesReport report = GraphBuilder.validate(graph);
        long t3 = System.nanoTime();
        long quads = new KgStore(Path.of(args[1])).replaceWith(graph, "bench");
        long t4 = System.nanoTime();
        SearchIndex.write(graph.asDatasetGraph(), Path.of(args[1]).resolveSibling("bench-search-index"));
        long t5 = System.nanoTime();
        System.out.printf("read %d%nmap %d%nvalidate %d (%s)%nload %d (%d quads)%nsearch index %d%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, report.conforms() ? "conforms" : report.problems().size() + " violations",
                (t4 - t3) / 1_000_000, quads, (t5 - t4) / 1_000_000);
    }
}
