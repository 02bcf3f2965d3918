package org.grpokg.server;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.grpokg.concurrent.SideTask;
import org.grpokg.server.access.Exposure;
import org.grpokg.server.access.MethodFilter;
import org.grpokg.server.access.UpdateAccess;
import org.grpokg.server.access.UpdateEndpoints;
import org.grpokg.server.answers.AnswerCache;
import org.grpokg.server.answers.DataVersion;
import org.grpokg.server.lineage.LineagePages;
import org.grpokg.server.pages.Pages;
import org.grpokg.server.pages.Site;
import org.grpokg.query.QueryLimits;
import org.grpokg.search.SearchIndex;

/**
 * The graph on an embedded, read-only Fuseki: dataset {@value #DATASET} with SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query} (and {@code /kg}), Graph Store read at
 * {@code /kg/get}, the Fuseki UI at {@code /ui/} backed by the three read-only admin
 * endpoints it needs ({@code /$/ping}, {@code /$/server}, {@code /$/stats}), and the pages for
 * people ({@link Pages}: the home page, a page per resource, search). No update unless started
 * with an {@link UpdateAccess} (docs/decisions/0014-updates-with-a-password.md), no dataset
 * creation or deletion: Jena's admin module is deliberately not used (see
 * docs/decisions/0004-read-only-server.md). Every address answers 405 to methods it does not
 * serve ({@link Exposure}).
 */
public final class KgServer implements RunningServer {

    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final SearchIndex search;
    private final AnswerCache answers;

    private KgServer(FusekiServer server, SearchIndex search, AnswerCache answers) {
        this.server = server;
        this.search = search;
        this.answers = answers;
    }

    /**
     * Starts a server; {@code port} 0 picks a free port. {@code loopbackOnly} binds 127.0.0.1
     * only, otherwise all interfaces.
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly) {
        return start(dsg, port, loopbackOnly, null);
    }

    /**
     * As {@link #start(DatasetGraph, int, boolean)}, searching with the index in {@code searchIndex}
     * (built with the store); when that is null or holds no index, one is built in memory.
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly, Path searchIndex) {
        return start(dsg, port, loopbackOnly, searchIndex, QueryLimits.server(), null);
    }

    /**
     * As {@link #start(DatasetGraph, int, boolean, Path)}, with SPARQL queries under
     * {@code limits} (size, time for parsing and execution, result rows; a client can lower the
     * time limit, never raise it): see {@link LimitedQueryService}.
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly, Path searchIndex, QueryLimits limits) {
        return start(dsg, port, loopbackOnly, searchIndex, limits, null);
    }

    /**
     * As {@link #start(DatasetGraph, int, boolean, Path)}; {@code updates} not null opens SPARQL
     * Update and Graph Store writes to its users ({@link UpdateEndpoints}), null keeps the server read-only.
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly, Path searchIndex, UpdateAccess updates) {
        return start(dsg, port, loopbackOnly, searchIndex, QueryLimits.server(), updates);
    }

    /**
     * Queries under {@code limits}, updates as {@code updates} says (null: read-only), answers kept
     * in a sixteenth of the heap ({@link AnswerCache.Sizes#forHeap()}).
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly, Path searchIndex, QueryLimits limits,
                                 UpdateAccess updates) {
        return start(dsg, port, loopbackOnly, searchIndex, limits, updates, AnswerCache.Sizes.forHeap());
    }

    /**
     * The full form: as above, with SPARQL answers kept per version of the data within {@code answers}
     * ({@link AnswerCache.Sizes#OFF}: none). Only a TDB2 store has versions; over any other dataset no
     * answer is kept (docs/decisions/0025-answer-cache.md).
     */
    public static KgServer start(DatasetGraph dsg, int port, boolean loopbackOnly, Path searchIndex, QueryLimits limits,
                                 UpdateAccess updates, AnswerCache.Sizes answers) {
        AnswerCache cache = answers.off() || !DataVersion.known(dsg) ? null : new AnswerCache(answers);
        // No federated SERVICE calls: a public server must not be made to send requests into its network.
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // the search index and the pages' summary are read on another thread while Fuseki's endpoints are set up
        // here (decision 0026); the server listens only once both are ready, so the first answer sees them whole
        SideTask<Site> siteTask = SideTask.start("grpo-kg-pages", () -> {
            SearchIndex opened = searchIndex != null && SearchIndex.exists(searchIndex) ? SearchIndex.open(searchIndex) : SearchIndex.inMemory(dsg);
            try {
                // the facet values and counts are read once, before any limit: on a large store they may take
                // longer than one query may, and a server that cannot start serves nobody
                // read from the store generation's summary when the build wrote one (decision 0020)
                return Site.of(dsg, opened, generationOf(dsg));
            } catch (RuntimeException | Error e) {
                opened.close();
                throw e;
            }
        });
        FusekiServer.Builder builder;
        try {
            builder = endpoints(dsg, port, loopbackOnly, limits, updates, cache);
            builder.enablePing(true)
                    .enableStats(true)
                    .addServlet("/$/server", new ActionServerStatus());
            LineagePages.mount(builder, dsg);
        } catch (RuntimeException | Error e) {
            try {
                siteTask.await("the server was starting").search().close();
            } catch (RuntimeException | Error ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
        Site site = siteTask.await("the server was starting");
        SearchIndex search = site.search();
        try {
            // from here the pages' own queries run under the same time limit as SPARQL requests
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
            if (updates == null) {
                builder.addFilter(DATASET + "/*", new ReadOnlyFilter())
                        .addFilter(DATASET, new ReadOnlyFilter());
            } else {
                // before each change: the stored counts go; after each committed change the search index and the home page's facets follow
                UpdateEndpoints.guard(builder, DATASET, updates.beforeEachChange(site::changing), () -> {
                    search.rebuild(dsg);
                    site.refresh();
                });
            }
            Pages.mount(builder, site);
            FusekiServer server = builder.build();
            server.start();
            return new KgServer(server, search, cache);
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
    }

    /**
     * Loads and initialises the classes of Fuseki and Jetty that every start needs, so that a caller
     * can do it while another thread works (serve, while the data is checked: decision 0026).
     */
    public static void warmUp() {
        FusekiServer.create();
        for (Class<?> c : java.util.List.of(org.eclipse.jetty.server.Server.class, org.eclipse.jetty.ee10.servlet.ServletContextHandler.class,
                org.eclipse.jetty.http.MimeTypes.class,
                org.eclipse.jetty.http.HttpStatus.class)) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException e) {
                // loaded just above: cannot happen
            }
        }
    }

    /** The dataset's read-only addresses: SPARQL at /sparql, /query and the dataset itself, Graph Store reads at /get and the dataset. */
    static DataService readOnlyService(DatasetGraph dsg) {
        return DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .build();
    }

    /** Fuseki with the dataset's endpoints, the query limits and the filters in front of every address. */
    private static FusekiServer.Builder endpoints(DatasetGraph dsg, int port, boolean loopbackOnly, QueryLimits limits, UpdateAccess updates,
                                                 AnswerCache cache) {
        DataService service = updates != null ? UpdateEndpoints.service(dsg, updates) : readOnlyService(dsg);
        return FusekiServer.create()
                // with its content type: without it a POST of application/sparql-query to /kg is taken for a Graph Store write
                .registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery, new LimitedQueryService(limits, cache))
                .port(port)
                .loopback(loopbackOnly)
                .add(DATASET, service)
                // first: 405 to every method an address does not serve (TRACE, PROPFIND ...)
                .addFilter("/*", new MethodFilter(Exposure.of(DATASET, updates)))
                // a page whose queries run out of time: 503 and one line, not a 500 error page
                .addFilter("/*", new PageTimeoutFilter(limits.timeout()));
    }

    /** The folder of a TDB2 store on disk (its generation), else null. */
    private static Path generationOf(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return null;
        }
        Location location = TDBInternal.getDatabaseContainer(dsg).getLocation();
        return location == null || location.isMem() ? null : java.nio.file.Path.of(location.getDirectoryPath()).toAbsolutePath().normalize();
    }

    @Override
    public int port() {
        return server.getPort();
    }

    /** The kept answers' counts; empty when no answer is kept (cache off, or not a TDB2 store). */
    public java.util.Optional<AnswerCache.Stats> answerStats() {
        return answers == null ? java.util.Optional.empty() : java.util.Optional.of(answers.stats());
    }

    @Override
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        search.close();
    }
}
