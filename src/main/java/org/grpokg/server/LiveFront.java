package org.grpokg.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.connect.RemoteDatasetGraph;
import org.grpokg.query.QueryLimits;
import org.grpokg.search.SearchIndex;
import org.grpokg.server.access.Exposure;
import org.grpokg.server.access.MethodFilter;
import org.grpokg.server.lineage.LineagePages;
import org.grpokg.server.pages.Pages;
import org.grpokg.server.pages.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --endpoint}: the same addresses as {@link KgServer} (the pages, the resources'
 * pages and their RDF, search, the query library, VoID, the lineage pages, {@code /kg/sparql},
 * {@code /kg/query}, {@code /kg/get} and the Fuseki UI at {@code /ui/}), read-only, in front of a
 * remote SPARQL store that is asked at request time ({@link RemoteDatasetGraph}): a change in the
 * store shows on the next request. Two things are held here and renewed every {@code refresh}:
 * the search index (built from the store's names and types, streamed once) and the home page's
 * facet counts and the dataset's counts (SPARQL aggregates). A store that fails answers each
 * request with one line (502, or 503 for no answer in time) while the server keeps running; a
 * failed renewal keeps the previous index and counts. See docs/decisions/0023-live-remote-front.md.
 */
public final class LiveFront implements RunningServer {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFront.class);

    private final FusekiServer server;
    private final SearchIndex search;
    private final ScheduledExecutorService refresher;

    private LiveFront(FusekiServer server, SearchIndex search, ScheduledExecutorService refresher) {
        this.server = server;
        this.search = search;
        this.refresher = refresher;
    }

    /**
     * Starts the front; {@code port} 0 picks a free port. The search index and the counts are read
     * from the store now (before any time limit: on a large store they may take longer than one
     * request may), then again every {@code refresh}.
     */
    public static LiveFront start(RemoteDatasetGraph dsg, int port, boolean loopbackOnly, QueryLimits limits, Duration refresh) {
        // No federated SERVICE calls: a public server must not be made to send requests into its network.
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // the same addresses as a local serve (its GSP reads answered by LiveGraphRead below)
        DataService service = KgServer.readOnlyService(dsg);
        FusekiServer.Builder builder = FusekiServer.create()
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryService(limits))
                .registerOperation(Operation.GSP_R, new LiveGraphRead())
                .port(port)
                .loopback(loopbackOnly)
                .add(KgServer.DATASET, service)
                .addFilter("/*", new MethodFilter(Exposure.of(KgServer.DATASET, null)))
                .addFilter("/*", new LiveRequestFilter())
                .addFilter(KgServer.DATASET + "/*", new ReadOnlyFilter())
                .addFilter(KgServer.DATASET, new ReadOnlyFilter());
        SearchIndex search = SearchIndex.inMemory(searchSource(dsg));
        try {
            Site site;
            try (RemoteDatasetGraph.Scope names = RemoteDatasetGraph.scope()) {
                site = Site.of(dsg, search);
            }
            // from here every request to the store runs under the time limit
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
            builder.enablePing(true)
                    .enableStats(true)
                    .addServlet("/$/server", new ActionServerStatus());
            Pages.mount(builder, site);
            LineagePages.mount(builder, dsg);
            FusekiServer server = builder.build();
            server.start();
            ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "grpo-kg-refresh");
                t.setDaemon(true);
                return t;
            });
            refresher.scheduleWithFixedDelay(() -> refresh(dsg, site, search), refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
            return new LiveFront(server, search, refresher);
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
    }

    /** What the search index is built from: the store's names and types, and its ontology and taxonomies. */
    private static DatasetGraph searchSource(RemoteDatasetGraph dsg) {
        return dsg.extract(SearchIndex.sourceProperties(), SearchIndex.sourceGraphs());
    }

    private static void refresh(RemoteDatasetGraph dsg, Site site, SearchIndex search) {
        try {
            search.rebuild(searchSource(dsg));
            try (RemoteDatasetGraph.Scope names = RemoteDatasetGraph.scope()) {
                site.refresh();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the search index and the counts from {}: {} (keeping the previous ones)", dsg.name(), e.getMessage());
        }
    }

    @Override
    public int port() {
        return server.getPort();
    }

    @Override
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        server.stop();
        search.close();
    }
}
