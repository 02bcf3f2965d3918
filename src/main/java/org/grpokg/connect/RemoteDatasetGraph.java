package org.grpokg.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.grpokg.query.QueryLimitException;
import org.grpokg.query.QueryLimits;
import org.grpokg.query.QueryValues;

/**
 * A remote SPARQL store seen as a read-only Jena dataset, read at the moment it is asked: each
 * {@code find} is one SPARQL SELECT to the store, and a whole query run over this dataset is sent
 * to the store as it is ({@link RemoteQueryEngine}), so the server's pages and its
 * {@code /kg/sparql} front the store live (docs/decisions/0023-live-remote-front.md). Nothing is
 * kept between requests: {@link #extract} makes a copy for its caller (the search index), and
 * within one page's {@link #scope()} a subject's names are asked once and remembered.
 * <p>
 * Every answer is collected whole before it is returned, under the server's
 * {@link QueryLimits}: a pattern matching more than the result limit is a
 * {@link QueryLimitException}, never a cut iterator, and a store that fails is an
 * {@link EndpointException} with one line. Transactions are accepted and do nothing (each request
 * is its own); writes are refused. Blank nodes cannot be asked about (the store names them
 * afresh in every answer): a find with a concrete blank node matches nothing.
 */
public final class RemoteDatasetGraph extends DatasetGraphBaseFind {

    private static final String G = "g";
    private static final String S = "s";
    private static final String P = "p";
    private static final String O = "o";

    private final GraphSource source;
    private final QueryLimits limits;
    private final Transactional txn = TransactionalNull.create();

    private RemoteDatasetGraph(GraphSource source, QueryLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** The store of {@code source} (a remote one), read under {@code limits}. */
    public static RemoteDatasetGraph of(GraphSource source, QueryLimits limits) {
        if (!source.isRemote()) {
            throw new IllegalArgumentException("not a remote store: " + source.name());
        }
        RemoteQueryEngine.register();
        return new RemoteDatasetGraph(source, limits);
    }

    /** The store's address, for messages. */
    public String name() {
        return source.name();
    }

    public QueryLimits limits() {
        return limits;
    }

    /**
     * A query sent to the store as it is, its rows streamed back: the caller closes it. The HTTP
     * request may take at most the time limit set in this dataset's context
     * ({@code ARQ.queryTimeout}, as a server sets it once started), else {@link #UNLIMITED};
     * failures are {@link EndpointException}s.
     */
    QueryExec send(Query query) {
        return QueryExecHTTP.newBuilder()
                .endpoint(source.endpoint().orElseThrow().query())
                .httpClient(source.httpClient().orElseThrow())
                .sendMode(GraphSource.QUERY_SEND_MODE)
                .query(query)
                .timeout(timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** The longest a request may take before a time limit is set (a server's reading at start). */
    public static final Duration UNLIMITED = Duration.ofMinutes(30);

    /** How long one request to the store may take now. */
    public Duration timeout() {
        Object set = getContext().get(ARQ.queryTimeout);
        if (set == null) {
            return UNLIMITED;
        }
        String text = set.toString();
        // Jena's form "initial,overall": the overall time
        return Duration.ofMillis(Long.parseLong(text.substring(text.indexOf(',') + 1).strip()));
    }

    /** The one-line failure of a request to the store. */
    EndpointException explain(RuntimeException e) {
        return e instanceof EndpointException ee ? ee : source.explain(e);
    }

    /** Every row of a SELECT, held in memory, at most the result limit. */
    List<Binding> selectAll(Query query) {
        try (QueryExec exec = send(query)) {
            RowSet rows = exec.select();
            List<Binding> held = new ArrayList<>();
            while (rows.hasNext()) {
                if (held.size() >= limits.maxResultRows()) {
                    throw new QueryLimitException(QueryLimitException.Kind.TOO_MANY_RESULTS, "result too large: over "
                            + limits.maxResultRows() + " statements from " + name() + " (the limit)");
                }
                held.add(rows.next());
            }
            return held;
        } catch (QueryLimitException | EndpointException e) {
            throw e;
        } catch (RuntimeException e) {
            throw explain(e);
        }
    }

    /**
     * A copy in memory of the statements of the default graph whose predicate is one of
     * {@code properties}, and of the named graphs {@code graphs} whole: what a search index is
     * built from, one streamed request, without the result limit (the pages' limits are for
     * requests, this is the server's own reading).
     */
    public DatasetGraph extract(List<Node> properties, List<Node> graphs) {
        DatasetGraph out = DatasetGraphFactory.create();
        copy(QueryValues.prepend(QueryFactory.create("SELECT ?s ?p ?o { ?s ?p ?o }"), P, properties), Quad.defaultGraphIRI, out);
        for (Node g : graphs) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
            pss.setParam(G, g);
            copy(pss.asQuery(), g, out);
        }
        return out;
    }

    private void copy(Query spo, Node graph, DatasetGraph into) {
        try (QueryExec exec = send(spo)) {
            exec.select().forEachRemaining(b -> into.add(graph, b.get(Var.alloc(S)), b.get(Var.alloc(P)), b.get(Var.alloc(O))));
        } catch (RuntimeException e) {
            throw explain(e);
        }
    }

    /** The predicates a page asks about one subject at a time (its names and types): asked together within a {@link #scope}. */
    private static final java.util.Set<Node> NAMING = namingProperties();

    private static java.util.Set<Node> namingProperties() {
        java.util.Set<Node> props = new java.util.LinkedHashSet<>(org.grpokg.rdf.LabelProperties.ALL);
        props.add(org.apache.jena.vocabulary.RDF.type.asNode());
        return java.util.Set.copyOf(props);
    }

    private static final ThreadLocal<java.util.Map<Node, List<Quad>>> NAMES = new ThreadLocal<>();

    /**
     * Within the returned scope (one page request, on this thread) the names and types of a
     * subject are asked once, all together, instead of once per property and graph: a page names
     * each resource it links to. Outside any scope nothing is remembered.
     */
    public static Scope scope() {
        NAMES.set(new java.util.HashMap<>());
        return NAMES::remove;
    }

    /** A {@link #scope()}, ended by {@link #close()}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        java.util.Map<Node, List<Quad>> names = NAMES.get();
        if (names != null && (g == null || g == Node.ANY) && s != null && s.isURI() && p != null && NAMING.contains(p)) {
            List<Quad> all = names.computeIfAbsent(s, this::naming);
            return all.stream().filter(q -> q.getPredicate().equals(p) && (o == null || !o.isConcrete() || q.getObject().equals(o)))
                    .iterator();
        }
        return super.find(g, s, p, o);
    }

    /** Every statement of {@code s} by a naming property, in any graph: one request. */
    private List<Quad> naming(Node s) {
        Query q = QueryValues.prepend(QueryFactory.create("SELECT ?g ?p ?o { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"), P, NAMING);
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.toString());
        pss.setParam(S, s);
        List<Quad> out = new ArrayList<>();
        for (Binding b : selectAll(pss.asQuery())) {
            Node g = b.get(Var.alloc(G));
            out.add(Quad.create(g == null ? Quad.defaultGraphIRI : g, s, b.get(Var.alloc(P)), b.get(Var.alloc(O))));
        }
        return out;
    }

    /** The default graph and every named graph in one request. */
    @Override
    protected Iterator<Quad> findAny(Node s, Node p, Node o) {
        if (isBlank(s) || isBlank(p) || isBlank(o)) {
            return List.<Quad>of().iterator();
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString("SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        bind(pss, S, s);
        bind(pss, P, p);
        bind(pss, O, o);
        List<Quad> out = new ArrayList<>();
        for (Binding b : selectAll(pss.asQuery())) {
            Node g = b.get(Var.alloc(G));
            out.add(Quad.create(g == null ? Quad.defaultGraphIRI : g, value(b, S, s), value(b, P, p), value(b, O, o)));
        }
        return out.iterator();
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return quads(Quad.defaultGraphIRI, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return quads(g, s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return quads(Node.ANY, s, p, o);
    }

    /** The quads matching the pattern: {@code g} is the default graph, one named graph, or any named graph. */
    private Iterator<Quad> quads(Node g, Node s, Node p, Node o) {
        if (isBlank(g) || isBlank(s) || isBlank(p) || isBlank(o)) {
            return List.<Quad>of().iterator();
        }
        boolean dft = Quad.isDefaultGraph(g);
        ParameterizedSparqlString pss = new ParameterizedSparqlString(dft
                ? "SELECT * { ?s ?p ?o }" : "SELECT * { GRAPH ?g { ?s ?p ?o } }");
        bind(pss, G, dft ? null : g);
        bind(pss, S, s);
        bind(pss, P, p);
        bind(pss, O, o);
        List<Quad> out = new ArrayList<>();
        for (Binding b : selectAll(pss.asQuery())) {
            out.add(Quad.create(dft ? Quad.defaultGraphIRI : value(b, G, g), value(b, S, s), value(b, P, p), value(b, O, o)));
        }
        return out.iterator();
    }

    private static boolean isBlank(Node n) {
        return n != null && n.isBlank();
    }

    private static void bind(ParameterizedSparqlString pss, String var, Node n) {
        if (n != null && n.isConcrete()) {
            pss.setParam(var, n);
        }
    }

    private static Node value(Binding b, String var, Node given) {
        return given != null && given.isConcrete() ? given : b.get(Var.alloc(var));
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return true;
        }
        if (!graphNode.isURI()) {
            return false;
        }
        // a statement, not GRAPH <g> { }: Virtuoso 7 answers that with one row for any graph
        ParameterizedSparqlString pss = new ParameterizedSparqlString("SELECT * { GRAPH ?g { ?s ?p ?o } }");
        pss.setParam(G, graphNode);
        Query q = pss.asQuery();
        q.setLimit(1);
        return !selectAll(q).isEmpty();
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> names = new ArrayList<>();
        for (Binding b : selectAll(QueryFactory.create(RemoteGraphs.GRAPH_NAMES))) {
            Node g = b.get(Var.alloc(G));
            if (g == null) {
                // Virtuoso 7: one row, ?g unbound, for GRAPH ?g { }
                names.clear();
                for (Binding s : selectAll(QueryFactory.create(RemoteGraphs.GRAPH_NAMES_BY_STATEMENTS))) {
                    names.add(s.get(Var.alloc(G)));
                }
                break;
            }
            names.add(g);
        }
        return names.iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    private UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("read-only: a live front of " + name());
    }

    /** The store's prefixes are not asked for (SPARQL has no way to): none. */
    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public void begin(TxnType type) {
        txn.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        txn.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        txn.commit();
    }

    @Override
    public void abort() {
        txn.abort();
    }

    @Override
    public void end() {
        txn.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return txn.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return txn.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return txn.isInTransaction();
    }
}
