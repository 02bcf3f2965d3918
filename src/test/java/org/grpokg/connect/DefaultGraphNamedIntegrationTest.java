package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --default-graph}, for stores without a default graph of their own (Virtuoso), against a
 * Fuseki on a free loopback port: the build's default graph is written into the named graph,
 * read back from it as the default graph, and queries see it as the default graph
 * ({@code default-graph-uri}); with it, graphs the build lacks are listed, never deleted.
 */
class DefaultGraphNamedIntegrationTest {

    private static final String DFT = "urn:x-grpo-kg:default";
    private FusekiServer fuseki;
    private Dataset store;
    private GraphSource source;

    private static Model model(String s, String o) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("https://example.org/" + s), m.createProperty("https://example.org/p"), o);
        return m;
    }

    @BeforeEach
    void start() {
        store = DatasetFactory.createTxnMem();
        Txn.executeWrite(store, () -> {
            store.addNamedModel(DFT, model("old", "default"));
            store.addNamedModel("https://example.org/stale", model("old", "stale"));
        });
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", store).build().start();
        String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
        source = GraphSource.remote(Endpoint.of(url, null, null, null, DFT), Optional.empty());
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    private static Dataset build() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            ds.setDefaultModel(model("a", "default"));
            ds.addNamedModel("https://example.org/g1", model("b", "one"));
        });
        return ds;
    }

    private void assertReadsBackAsBuilt(Dataset built) {
        Txn.executeRead(store, () -> {
            assertTrue(store.getDefaultModel().isEmpty(), "the store's own default graph stays empty");
            assertTrue(store.getNamedModel(DFT).isIsomorphicWith(model("a", "default")));
        });
        // export reads the default graph from the graph named for it, which is not a named graph of the copy
        source.readDataset(true, copy -> {
            assertTrue(IsoMatcher.isomorphic(built.asDatasetGraph(), copy.asDatasetGraph()), "read back as built");
            return null;
        });
        // a query's default graph is that graph (default-graph-uri)
        long n = source.read(conn -> {
            long[] count = {0};
            conn.querySelect("SELECT * { ?s ?p ?o }", row -> count[0]++);
            return count[0];
        });
        assertEquals(1, n);
    }

    @Test
    void oneUpdateWritesTheDefaultGraphIntoItsGraph() {
        Dataset built = build();
        EndpointLoader.Result r = EndpointLoader.replace(source, built, EndpointLoader.Mode.UPDATE);
        assertEquals(2, r.quads());
        assertReadsBackAsBuilt(built);
    }

    @Test
    void perGraphPutsTheDefaultGraphIntoItsGraphAndDeletesNothing() {
        Dataset built = build();
        EndpointLoader.Result r = EndpointLoader.replace(source, built, EndpointLoader.Mode.PER_GRAPH);
        assertEquals(List.of(), r.deleted());
        assertEquals(List.of("https://example.org/stale"), r.left());
        Txn.executeRead(store, () -> assertTrue(store.containsNamedModel("https://example.org/stale")));
        Txn.executeWrite(store, () -> store.removeNamedModel("https://example.org/stale"));
        assertReadsBackAsBuilt(built);
    }
}
