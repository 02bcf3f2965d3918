package org.grpokg.server.pages;

import java.util.List;

import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;

import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.search.SearchIndex;
import org.grpokg.describe.DatasetDescription;

/**
 * What the pages share: the store, its search index, facet values, counts, the catalogue's order and
 * queries. Facets and counts are read when the server starts and again by {@link #refresh} after each
 * update the server commits (docs/decisions/0014-updates-with-a-password.md); the order is read when
 * first needed and again after each update (docs/decisions/0021-query-speed-at-scale.md).
 */
public final class Site {

    private final DatasetGraph dsg;
    private final SearchIndex search;
    private final List<LibraryQuery> queries;
    private volatile Facets facets;
    private volatile DatasetDescription description;
    /** The catalogue table's order: read at the first request that needs it, forgotten at each update. */
    private CatalogueOrder order;

    private Site(DatasetGraph dsg, SearchIndex search, List<LibraryQuery> queries) {
        this.dsg = dsg;
        this.search = search;
        this.queries = queries;
        refresh();
    }

    public static Site of(DatasetGraph dsg, SearchIndex search) {
        return new Site(dsg, search, QueryLibrary.load());
    }

    /** Reads the facet values and counts again from the store. */
    public void refresh() {
        facets = Facets.read(dsg);
        description = DatasetDescription.count(dsg);
        synchronized (this) {
            order = null;
        }
    }

    /** Every entry in catalogue order; read from the store at the first call after start or after an update. */
    public synchronized CatalogueOrder catalogueOrder() {
        if (order == null) {
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
