package org.grpokg.server.pages;

import java.util.List;

import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;

import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.search.SearchIndex;
import org.grpokg.describe.DatasetDescription;

/**
 * What the pages share: the store, its search index, facet values, counts and queries. Facets and
 * counts are read when the server starts and again by {@link #refresh} after each update the
 * server commits (docs/decisions/0014-updates-with-a-password.md).
 */
public final class Site {

    private final DatasetGraph dsg;
    private final SearchIndex search;
    private final List<LibraryQuery> queries;
    private volatile Facets facets;
    private volatile DatasetDescription description;

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
