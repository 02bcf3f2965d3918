package org.grpokg.connect;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpLabel;
import org.apache.jena.sparql.algebra.table.TableUnit;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a whole query over a {@link RemoteDatasetGraph} on the store itself: a SELECT is sent as
 * it is; an ASK as a SELECT of at most one row (true when there is one: Virtuoso 7 answers ASK
 * with a result set, not the boolean of the SPARQL results formats); CONSTRUCT and DESCRIBE as
 * the SELECT of their pattern (Jena fills the template, or describes the resources, here). Its
 * rows come back as the plan's rows. So
 * {@code QueryExec.dataset(remote)} (the pages' queries, Fuseki's {@code /kg/sparql} under
 * {@code LimitedQueryService}) costs one request, not one per triple pattern. Cancelling the
 * plan (Jena's timeout) aborts the request.
 */
final class RemoteQueryEngine implements QueryEngineFactory {

    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private RemoteQueryEngine() {
    }

    /** Adds the engine to Jena's registry, once. */
    static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            QueryEngineRegistry.addFactory(INSTANCE);
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RemoteDatasetGraph;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        RemoteDatasetGraph remote = (RemoteDatasetGraph) dataset;
        Op label = OpLabel.create("sent to " + remote.name(), OpTable.create(new TableUnit()));
        return new PlanOp(label, () -> { }, new RemoteRows(remote, query));
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("algebra is evaluated locally, queries remotely");
    }

    /** The variable of the SELECT sent for an ASK. */
    static final Var ASKED = Var.alloc("grpo_kg_ask");

    /**
     * What is sent for {@code query}: a SELECT as it is; an ASK as {@code SELECT (1 AS ?grpo_kg_ask)}
     * of its pattern and modifiers, at most one row; else the SELECT * of its pattern.
     */
    static Query sent(Query query) {
        if (query.isSelectType()) {
            return query;
        }
        if (query.isAskType()) {
            Query q = query.cloneQuery();
            q.setQuerySelectType();
            q.setQueryResultStar(false);
            q.addResultVar(ASKED, NodeValue.makeInteger(1));
            q.setLimit(query.hasLimit() ? Math.min(query.getLimit(), 1) : 1);
            return q;
        }
        Query q = query.cloneQuery();
        q.setQuerySelectType();
        q.setQueryResultStar(true);
        if (q.getQueryPattern() == null) {
            // DESCRIBE <iri> without WHERE: one empty row, the IRIs are described locally
            q.setQueryPattern(new ElementGroup());
        }
        return q;
    }

    /** The rows of the store's answer, requested on the first look; an ASK gives one empty row when true. */
    private static final class RemoteRows extends QueryIteratorBase {

        private final RemoteDatasetGraph remote;
        private final Query query;
        private final boolean asking;
        private volatile QueryExec exec;
        private volatile boolean cancelled;
        private RowSet rows;
        private Boolean ask;

        RemoteRows(RemoteDatasetGraph remote, Query query) {
            this.remote = remote;
            this.query = sent(query);
            this.asking = query.isAskType();
        }

        @Override
        protected boolean hasNextBinding() {
            try {
                if (exec == null) {
                    exec = remote.send(query);
                    if (asking) {
                        ask = exec.select().hasNext();
                    } else {
                        rows = exec.select();
                    }
                }
                return ask != null ? ask : rows.hasNext();
            } catch (RuntimeException e) {
                if (cancelled) {
                    throw new QueryCancelledException();
                }
                throw remote.explain(e);
            }
        }

        @Override
        protected Binding moveToNextBinding() {
            if (ask != null) {
                ask = false;
                return BindingFactory.empty();
            }
            try {
                return rows.next();
            } catch (RuntimeException e) {
                if (cancelled) {
                    throw new QueryCancelledException();
                }
                throw remote.explain(e);
            }
        }

        @Override
        protected void closeIterator() {
            if (exec != null) {
                exec.close();
            }
        }

        @Override
        protected void requestCancel() {
            cancelled = true;
            QueryExec e = exec;
            if (e != null) {
                e.abort();
            }
        }

        @Override
        public void output(IndentedWriter out, SerializationContext sCxt) {
            out.print("RemoteRows " + remote.name());
        }
    }
}
