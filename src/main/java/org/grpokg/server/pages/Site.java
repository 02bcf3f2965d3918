package org.grpokg.server.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.grpokg.describe.DatasetDescription;
import org.grpokg.describe.StoreSummary;
import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.search.SearchIndex;
import org.slf4j.LoggerFactory;

/**
 * What the pages share: the store, its search index, facet values, counts, the catalogue's order
 * and queries. Facets and counts come from the store generation's {@link StoreSummary} when it has
 * one (written by the build), else they are counted when the server starts and written there for
 * the next start; {@link #changing} deletes that file before each change through the server, and
 * {@link #refresh} counts again after each change it commits (docs/decisions/0014-updates-with-a-password.md,
 * 0020-fast-serve-start.md). The order is read when first needed and again after each update
 * (docs/decisions/0021-query-speed-at-scale.md).
 */
public final class Site {

    private final DatasetGraph dsg;
    private final SearchIndex search;
    private final List<LibraryQuery> queries;
    private final Path generation;
    private final boolean countedAtStart;
    private volatile Facets facets;
    private volatile DatasetDescription description;
    /** The catalogue table's order: read at the first request that needs it, forgotten at each update. */
    private CatalogueOrder order;

    private Site(DatasetGraph dsg, SearchIndex search, List<LibraryQuery> queries, Path generation) {
        this.dsg = dsg;
        this.search = search;
        this.queries = queries;
        this.generation = generation;
        Optional<StoreSummary> stored = generation == null ? Optional.empty() : StoreSummary.readFrom(generation);
        StoreSummary summary = stored.orElseGet(() -> StoreSummary.count(dsg));
        this.countedAtStart = stored.isEmpty();
        if (countedAtStart && generation != null) {
            try {
                // the server is not listening yet, so nothing has changed the store since the count
                summary.writeInto(generation);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Site.class).debug("cannot keep the counts in {}: {}", generation, e.toString());
            }
        }
        apply(summary);
    }

    /** Counts over {@code dsg} when the server starts (no store generation to read counts from). */
    public static Site of(DatasetGraph dsg, SearchIndex search) {
        return of(dsg, search, null);
    }

    /**
     * As {@link #of(DatasetGraph, SearchIndex)}, with the counts from the {@link StoreSummary} of
     * {@code generation}, the folder of {@code dsg} (null: none), when it holds one.
     */
    public static Site of(DatasetGraph dsg, SearchIndex search, Path generation) {
        return new Site(dsg, search, QueryLibrary.load(), generation);
    }

    /** True when the counts were made at start, false when they were read from the store's summary. */
    public boolean countedAtStart() {
        return countedAtStart;
    }

    /**
     * Before a change reaches the store: the stored counts no longer hold, so the file goes (a
     * failure to delete it is an error, and the change is not made). The next start counts again.
     */
    public void changing() {
        if (generation != null) {
            StoreSummary.deleteFrom(generation);
        }
    }

    /** Reads the facet values and counts again from the store. */
    public void refresh() {
        apply(StoreSummary.count(dsg));
        synchronized (this) {
            order = null;
        }
    }

    private void apply(StoreSummary summary) {
        facets = Facets.of(summary.facets());
        description = summary.description();
    }

    /**
     * Every entry in catalogue order; read from the store at the first call after start or after an
     * update: after {@link #refresh}, or when the store's data version (a TDB2 store's commit count,
     * the one the answer cache keys on, docs/decisions/0025-answer-cache.md) moved past the order's.
     */
    public synchronized CatalogueOrder catalogueOrder() {
        if (order == null || !order.current(dsg)) {
            order = CatalogueOrder.read(dsg);
        }
        return order;
    }

    public DatasetGraph dsg() {
        return dsg;
    }

    public SearchIndex search() {
        return search;
    }

    public Facets facets() {
        return facets;
    }

    public DatasetDescription description() {
        return description;
    }

    public List<LibraryQuery> queries() {
        return queries;
    }
}
