package org.grpokg.connect;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;
import org.grpokg.store.KgStore;

/**
 * Where the graph is read from (and, for {@code build --endpoint}, written to): a dataset in this
 * process, the local TDB2 store, the {@code serve} that holds it, or any SPARQL 1.1 store. Every
 * kind is reached through Jena's {@link RDFConnection}, so queries, exports and renders run the
 * same code wherever the graph lives; a remote store's failures come out as
 * {@link EndpointException}s with a one-line message.
 */
public final class GraphSource implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * How a query travels: in the URL (GET) while short, else as an HTML form (POST
     * {@code application/x-www-form-urlencoded}), both in the SPARQL 1.1 Protocol. Not Jena's
     * default for long queries, a POST of {@code application/sparql-query}: Virtuoso 7.2.5 never
     * answers that one.
     */
    public static final QuerySendMode QUERY_SEND_MODE = QuerySendMode.asGetWithLimitForm;

    private final String name;
    private final Dataset dataset;
    private final Endpoint endpoint;
    private final Optional<Credentials> login;
    private final Runnable release;
    private final HttpClient http;

    private GraphSource(String name, Dataset dataset, Endpoint endpoint, Optional<Credentials> login, Runnable release) {
        this.http = endpoint == null ? null : httpClient(login);
        this.name = name;
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.login = login;
        this.release = release;
    }

    /** A dataset of this process (in memory or a TDB2 store opened by the caller, who releases it). */
    public static GraphSource local(Dataset dataset) {
        return new GraphSource("the local dataset", dataset, null, Optional.empty(), () -> { });
    }

    /** The local TDB2 store, opened now and released by {@link #close()}. */
    public static GraphSource local(KgStore store) {
        Dataset ds = store.open();
        return new GraphSource("the store " + store.dir(), ds, null, Optional.empty(), () -> KgStore.release(ds));
    }

    /** The running {@code grpo-kg serve} at {@code baseUrl} (read-only, no login). */
    public static GraphSource server(String baseUrl) {
        Endpoint e = Endpoint.ofServer(baseUrl);
        return new GraphSource("the running server at " + e.dataset() + " (recorded in grpo-kg-serve.properties in the store folder)",
                null, e, Optional.empty(), () -> { });
    }

    /** A SPARQL 1.1 store, with a login when it asks for one. */
    public static GraphSource remote(Endpoint endpoint, Optional<Credentials> login) {
        return new GraphSource(endpoint.dataset(), null, endpoint, login, () -> { });
    }

    /** The store's address, or a description of the local store, for messages. */
    public String name() {
        return name;
    }

    public boolean isRemote() {
        return endpoint != null;
    }

    /** The remote store's addresses; empty for a local one. */
    public Optional<Endpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /**
     * Asks the store a trivial query, so that an address, a login or a server that is no SPARQL
     * endpoint fails at once, before any long work. A SELECT, not {@code ASK {}}: Virtuoso 7
     * answers ASK with a one-row result set instead of a boolean, which Jena refuses.
     */
    public void check() {
        read(conn -> {
            try (QueryExecution qe = conn.query(CHECK)) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    private static final String CHECK = "SELECT * WHERE { } LIMIT 1";

    /** The HTTP client of a remote store (with its login); empty for a local one. */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(http);
    }

    /** A new connection to the graph; the caller closes it. */
    public RDFConnection connect() {
        if (dataset != null) {
            return RDFConnection.connect(dataset);
        }
        RDFConnectionRemoteBuilder b = RDFConnectionRemote.newBuilder()
                .destination(endpoint.dataset())
                .queryEndpoint(endpoint.query())
                .gspEndpoint(endpoint.gsp())
                .querySendMode(QUERY_SEND_MODE)
                .httpClient(http);
        if (endpoint.update() != null) {
            b.updateEndpoint(endpoint.update());
        }
        return b.build();
    }

    /**
     * The result of {@code work} on a connection, in a read transaction (a store's own for a local
     * dataset; for a remote one each request is its own).
     */
    public <T> T read(Function<RDFConnection, T> work) {
        return call(conn -> Txn.calculateRead(conn, () -> work.apply(conn)));
    }

    /** The result of {@code work} on a connection, outside any transaction (each update or load is its own). */
    public <T> T call(Function<RDFConnection, T> work) {
        try (RDFConnection conn = connect()) {
            return work.apply(conn);
        } catch (RuntimeException e) {
            if (isRemote() && !(e instanceof EndpointException) && EndpointErrors.isRemoteFailure(e)) {
                throw EndpointErrors.explain(e, name, login);
            }
            throw e;
        }
    }

    /** The one-line explanation of a failed request to this (remote) store. */
    EndpointException explain(RuntimeException failure) {
        return EndpointErrors.explain(failure, name, login);
    }

    /**
     * The result of {@code work} over the graph as a dataset: a local one as it is; a remote one
     * copied into memory first, the default graph only unless {@code allGraphs}.
     */
    public <T> T readDataset(boolean allGraphs, Function<Dataset, T> work) {
        if (dataset != null) {
            return work.apply(dataset);
        }
        RemoteGraphs graphs = new RemoteGraphs(http, endpoint.gsp(), endpoint.defaultGraph(), this);
        Dataset copy = call(conn -> allGraphs ? graphs.fetchAll(conn) : DatasetFactory.create(graphs.fetch(null)));
        return work.apply(copy);
    }

    /** Releases a store this source opened. */
    @Override
    public void close() {
        release.run();
    }

    private static HttpClient httpClient(Optional<Credentials> login) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        // Basic (Fuseki) and Digest (Virtuoso's /sparql-auth) answered by the wrapper: the JDK's
        // Authenticator does Basic only, and drops the Authorization header of a request when set
        return login.<HttpClient>map(c -> new LoginHttpClient(b.build(), c)).orElseGet(b::build);
    }
}
