package org.grpokg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.grpokg.build.GraphBuilder;
import org.grpokg.generate.DataGenerator;
import org.grpokg.rdf.GKG;
import org.grpokg.server.ld.LocalIris;
import org.grpokg.server.ld.ServerQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue table's pages, sliced from the order it keeps (docs/decisions/0021), on 250 generated entries:
 * page after page they give every entry once, in the order of the ordering query run whole, with and without a
 * filter, the total counts the entries that match, and rows show their dates (read from a TDB2 store, whose rows
 * resolve terms only inside a transaction).
 */
class CatalogueTableIntegrationTest {

    @TempDir
    static Path dir;
    private static DatasetGraph dsg;
    private static CatalogueOrder order;

    @BeforeAll
    static void generate() {
        new DataGenerator(250, 42).writeTo(dir.resolve("data"));
        // a TDB2 store, as the server has: its rows resolve terms lazily, inside a read transaction only
        DatasetGraph built = GraphBuilder.graph(dir.resolve("data")).asDatasetGraph();
        dsg = TDB2Factory.connectDataset(dir.resolve("store").toString()).asDatasetGraph();
        Txn.executeWrite(dsg, () -> built.find().forEachRemaining(dsg::add));
        order = CatalogueOrder.read(dsg);
    }

    @Test
    void theKeptOrderIsCurrentUntilTheStoreCommitsAChange() {
        CatalogueOrder kept = CatalogueOrder.read(dsg);
        assertTrue(kept.current(dsg));
        org.apache.jena.sparql.core.Quad q = org.apache.jena.sparql.core.Quad.create(org.apache.jena.sparql.core.Quad.defaultGraphIRI,
                org.apache.jena.graph.NodeFactory.createURI("urn:order:x"), org.apache.jena.graph.NodeFactory.createURI("urn:order:p"),
                org.apache.jena.graph.NodeFactory.createLiteralString("1"));
        // a change written straight into the store, not through the server: TDB2's data version still moves
        Txn.executeWrite(dsg, () -> dsg.add(q));
        try {
            assertFalse(kept.current(dsg));
            assertTrue(CatalogueOrder.read(dsg).current(dsg));
        } finally {
            Txn.executeWrite(dsg, () -> dsg.delete(q));
        }
    }

    @Test
    void pagesWithoutFiltersGiveTheWholeCatalogueInOrderEachEntryOnce() {
        List<String> expected = ordered(List.of());
        assertEquals(250, expected.size(), "one row per entry");
        assertEquals(expected, allPages(List.of(), 250));
    }

    @Test
    void pagesWithAFilterGiveTheMatchingEntriesInCatalogueOrder() {
        List<Triple> filter = List.of(Triple.create(Var.alloc("entry"), RDF.type.asNode(), GKG.Paper.asNode()));
        List<String> expected = ordered(filter);
        assertTrue(expected.size() > 100 && expected.size() < 250, "a filter that keeps more than a page: " + expected.size());
        assertEquals(expected, allPages(filter, expected.size()));
    }

    /** The entries' local paths as the ordering query gives them when run whole with the filters. */
    private static List<String> ordered(List<Triple> filters) {
        Query q = ServerQueries.withPatterns(ServerQueries.query("home-entries"), filters);
        return ServerQueries.select(dsg, q).stream().map(b -> LocalIris.localPath(b.get(Var.alloc("entry")).getURI())).toList();
    }

    private static List<String> allPages(List<Triple> filters, long total) {
        CatalogueTable table = new CatalogueTable(dsg, order);
        List<String> seen = new ArrayList<>();
        int dated = 0;
        for (int page = 1; ; page++) {
            CatalogueTable.Page p = table.page(filters, page);
            assertEquals(total, p.total(), "total on page " + page);
            if (p.rows().isEmpty()) {
                assertTrue(dated > seen.size() / 2, "most rows show their date: " + dated + " of " + seen.size());
                return seen;
            }
            assertTrue(p.rows().size() <= CatalogueTable.PAGE_SIZE);
            p.rows().stream().map(r -> (String) r.get("entryHref")).forEach(seen::add);
            for (Map<String, Object> r : p.rows()) {
                assertTrue(r.containsKey("kind") && r.containsKey("entryTitle"), "each row has its cells");
                dated += r.containsKey("date") ? 1 : 0;
            }
        }
    }
}
