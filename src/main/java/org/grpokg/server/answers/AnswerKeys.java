package org.grpokg.server.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprVisitorFunction;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprNone;
import org.apache.jena.sparql.expr.ExprTripleTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.XSD;

/**
 * The parts of an {@link AnswerCache.Key} a request gives, and which queries have none (docs/decisions/0025-answer-cache.md).
 * <ul>
 * <li>The query: its canonical text (as ARQ writes the parsed query, so spacing and comments do not
 *     count) with the dataset the protocol names ({@code default-graph-uri}, {@code named-graph-uri}).</li>
 * <li>The format: the content type Fuseki's own negotiation picks for this kind of result from the
 *     request's {@code Accept}, and the parameters that change the body ({@code output}, {@code format},
 *     {@code results}, {@code stylesheet}, {@code force-accept}, {@code callback}).</li>
 * <li>No key (never kept) for a query whose answer may differ on the same data: RAND, BNODE, UUID,
 *     STRUUID (ARQ's {@link Unstable}), NOW, a function called by IRI other than an XSD cast or an
 *     XPath / math function that does not read the clock, SERVICE; and JSON queries.</li>
 * </ul>
 */
public final class AnswerKeys {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    private static final List<String> SHAPING = List.of("output", "format", "results", "stylesheet", "force-accept", "callback");

    private AnswerKeys() {
    }

    /** The query part of the key: canonical text and the protocol's dataset. */
    public static String query(Query query, HttpServletRequest request) {
        StringBuilder s = new StringBuilder(query.serialize());
        for (String p : List.of("default-graph-uri", "named-graph-uri")) {
            String[] values = request.getParameterValues(p);
            if (values != null) {
                String[] sorted = values.clone();
                Arrays.sort(sorted);
                s.append("\n#").append(p).append('=').append(String.join(" ", sorted));
            }
        }
        return s.toString();
    }

    /** The format part of the key, as Fuseki will choose it for {@code query}'s kind of result. */
    public static String format(Query query, HttpServletRequest request) {
        AcceptList offer = query.isSelectType() ? DEF.rsOfferTable : query.isAskType() ? DEF.rsOfferBoolean : DEF.constructOffer;
        MediaType fallback = query.isSelectType() || query.isAskType() ? DEF.acceptResultSetXML : DEF.acceptTurtle;
        MediaType chosen = ConNeg.chooseContentType(request, offer, fallback);
        StringBuilder s = new StringBuilder(chosen == null ? "-" : chosen.getContentTypeStr());
        for (String p : SHAPING) {
            String v = request.getParameter(p);
            if (v != null) {
                s.append(';').append(p).append('=').append(v);
            }
        }
        return s.toString();
    }

    /** True when the same data always gives the same answer to {@code query}. */
    public static boolean stable(Query query) {
        if (query.isJsonType()) {
            return false;
        }
        Op op = Algebra.compile(query);
        boolean[] stable = {true};
        ExprVisitorFunction exprs = new ExprVisitorFunction() {
            @Override
            protected void visitExprFunction(ExprFunction f) {
                if (f instanceof Unstable || f instanceof E_Now || (f instanceof E_Function call && !pure(call.getFunctionIRI()))) {
                    stable[0] = false;
                }
            }

            @Override
            public void visit(ExprFunctionOp op) {
                visitExprFunction(op);
            }

            @Override
            public void visit(NodeValue nv) {
            }

            @Override
            public void visit(ExprNone exprNone) {
            }

            @Override
            public void visit(ExprVar nv) {
            }

            @Override
            public void visit(ExprTripleTerm tripleTerm) {
            }

            @Override
            public void visit(ExprAggregator eAgg) {
                // the walker does not go into an aggregate's arguments
                if (eAgg.getAggregator().getExprList() != null) {
                    eAgg.getAggregator().getExprList().forEach(e -> Walker.walk(e, this));
                }
            }
        };
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                stable[0] = false;
            }

            @Override
            public void visit(OpGroup opGroup) {
                // the walker does not go into the aggregates' arguments
                opGroup.getAggregators().forEach(agg -> exprs.visit(agg));
            }
        }, exprs);
        return stable[0];
    }

    private static final Set<String> CLOCK = Set.of("current-dateTime", "current-date", "current-time", "implicit-timezone");

    /** An XSD cast, or an XPath or math function that does not read the clock. */
    private static boolean pure(String iri) {
        if (iri == null) {
            return false;
        }
        if (iri.startsWith(XSD.getURI()) || iri.startsWith(MATH)) {
            return true;
        }
        return iri.startsWith(FN) && !CLOCK.contains(iri.substring(FN.length()));
    }
}
