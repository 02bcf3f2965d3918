package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Both ways of replacing a store's content, against an in-memory transactional dataset reached
 * through the same connection code as a remote store: afterwards the store holds exactly the build.
 */
class EndpointLoaderUnitTest {

    private static Model model(String s, String o) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("https://example.org/" + s), m.createProperty("https://example.org/p"), o);
        return m;
    }

    private static Dataset build() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            ds.setDefaultModel(model("a", "default"));
            ds.addNamedModel("https://example.org/g1", model("b", "one"));
            ds.addNamedModel("https://example.org/g2", model("c", "two"));
        });
        return ds;
    }

    private static Dataset storeWithOldContent() {
        Dataset store = DatasetFactory.createTxnMem();
        Txn.executeWrite(store, () -> {
            store.setDefaultModel(model("old", "default"));
            store.addNamedModel("https://example.org/g1", model("old", "one"));
            store.addNamedModel("https://example.org/stale", model("old", "stale"));
        });
        return store;
    }

    private static void assertHoldsExactly(Dataset expected, Dataset store) {
        Txn.executeRead(store, () -> assertTrue(IsoMatcher.isomorphic(expected.asDatasetGraph(), store.asDatasetGraph())));
        Txn.executeRead(store, () -> assertFalse(store.containsNamedModel("https://example.org/stale")));
    }

    @Test
    void oneUpdateRequestReplacesEverything() {
        Dataset built = build();
        Dataset store = storeWithOldContent();
        EndpointLoader.Result r = EndpointLoader.replace(GraphSource.local(store), built, EndpointLoader.Mode.UPDATE);
        assertEquals(new EndpointLoader.Result(3, 2, List.of(), 1), r);
        assertHoldsExactly(built, store);
    }

    @Test
    void perGraphPutsEachGraphAndDeletesTheOnesTheBuildNoLongerHas() {
        Dataset built = build();
        Dataset store = storeWithOldContent();
        EndpointLoader.Result r = EndpointLoader.replace(GraphSource.local(store), built, EndpointLoader.Mode.PER_GRAPH);
        assertEquals(3, r.quads());
        assertEquals(2, r.namedGraphs());
        assertEquals(List.of("https://example.org/stale"), r.deleted());
        assertHoldsExactly(built, store);
    }
}
