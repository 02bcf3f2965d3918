package org.grpokg.server.pages;

import java.util.List;

import org.grpokg.query.LibraryQuery;
import org.grpokg.query.QueryLibrary;

import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.search.SearchIndex;
import org.grpokg.describe.DatasetDescription;

/** What the pages share, read once when the server starts: the store, its search index, facet values, counts and queries. */
public record Site(DatasetGraph dsg, SearchIndex search, Facets facets, DatasetDescription description,
                   List<LibraryQuery> queries) {

    public static Site of(DatasetGraph dsg, SearchIndex search) {
        return new Site(dsg, search, Facets.read(dsg), DatasetDescription.count(dsg), QueryLibrary.load());
    }
}
