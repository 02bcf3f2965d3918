package org.grpokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.grpokg.connect.EndpointException;
import org.grpokg.connect.RemoteDatasetGraph;
import org.grpokg.query.Deadline;
import org.grpokg.query.QueryLimitException;
import org.grpokg.query.QueryLimits;
import org.grpokg.query.ResultCollector;
import org.grpokg.query.TimedParser;
import org.grpokg.server.answers.AnswerCache;
import org.grpokg.server.answers.AnswerKeys;
import org.grpokg.server.answers.CapturingResponse;
import org.grpokg.server.answers.DataVersion;

/**
 * Fuseki's SPARQL query operation under the server's {@link QueryLimits}
 * (docs/decisions/0013-query-limits.md):
 * <ul>
 * <li>a query text over the size limit is refused with 413 before it is read or parsed
 *     (Content-Length, a bounded read of a chunked body, the length of a form or query string);</li>
 * <li>one deadline covers parsing (on a thread of its own: Jena's parser is quadratic in the
 *     longest token) and execution: 503 when it passes, and the client's {@code timeout}
 *     parameter can only shorten it;</li>
 * <li>a query nested deeper than {@link QueryLimits#MAX_NESTING} gets 400 with one line;</li>
 * <li>the whole result is collected before the first byte is sent, so a 200 is always complete;
 *     a result over the row limit gets 507;</li>
 * <li>with an {@link AnswerCache}, a complete answer is kept per version of the data and sent again
 *     to the same query in the same format, with {@code X-Cache: hit} (computed: {@code miss})
 *     (docs/decisions/0025-answer-cache.md).</li>
 * </ul>
 * Each refusal is one line of plain text.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    /** Room for percent-encoding around a form's or a query string's query text. */
    private static final long ENCODED_SLACK = 64 * 1024;

    /** Says whether an answer came from the {@link AnswerCache} ({@code hit}) or was computed ({@code miss}); absent when not cacheable. */
    static final String X_CACHE = "X-Cache";

    private final QueryLimits limits;
    private final AnswerCache answers;

    /** Without an answer cache (a live front: its store changes without telling). */
    LimitedQueryService(QueryLimits limits) {
        this(limits, null);
    }

    /** {@code answers} null: no answer is kept. */
    LimitedQueryService(QueryLimits limits, AnswerCache answers) {
        this.limits = limits;
        this.answers = answers;
        // the parser's start-up, not the first client's time
        QueryFactory.create("ASK {}", Syntax.syntaxARQ);
    }

    /** HTTP status for each limit. */
    static int status(QueryLimitException.Kind kind) {
        return switch (kind) {
            case TOO_LARGE -> 413;
            case TOO_DEEP -> 400;
            case TIMEOUT -> 503;
            case TOO_MANY_RESULTS -> 507;
        };
    }

    /** The largest refused body that is read (and dropped) so that its client sees the 413. */
    private static final long DRAINED = 4L << 20;

    @Override
    public void validate(HttpAction action) {
        HttpServletRequest req = action.getRequest();
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        long length = req.getContentLengthLong();
        if ("POST".equalsIgnoreCase(req.getMethod()) && length > 0) {
            boolean over = type.startsWith("application/sparql-query") ? length > limits.maxQueryBytes()
                    // a form: its query is checked again once decoded
                    : length > 3 * limits.maxQueryBytes() + ENCODED_SLACK;
            if (over) {
                drain(action, length);
            }
            refuseIf(over, length);
        }
        String queryString = req.getQueryString();
        if (queryString != null) {
            refuseIf(queryString.length() > 3 * limits.maxQueryBytes() + ENCODED_SLACK, queryString.length());
        }
        super.validate(action);
    }

    /** Reads a query body of at most the size limit; a longer one (chunked, no length given) is refused unread. */
    @Override
    protected void executeBody(HttpAction action) {
        byte[] bytes;
        try (InputStream in = action.getRequestInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxQueryBytes() + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the query: " + e.getMessage());
            return;
        }
        refuseIf(bytes.length > limits.maxQueryBytes(), bytes.length);
        execute(new String(bytes, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        Deadline deadline = Deadline.after(timeout(action));
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("empty query");
        }
        action.log.info(String.format("[%d] Query = %s", action.id, forLog(queryString)));
        Query query = null;
        try {
            limits.checkText(queryString);
            query = TimedParser.parse(() -> QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ), deadline);
            validateQuery(action, query);
        } catch (QueryLimitException e) {
            refuse(action, e);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e).strip().replaceAll("\\s*\\n\\s*", " "));
        }
        action.beginRead();
        AnswerCache.Miss miss = null;
        AnswerCache.Answer answer = null;
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, forLog(queryString));
            Query q = chosen.getRight() == null ? query : chosen.getRight();
            AnswerCache.Key key = key(action, query);
            if (key != null) {
                AnswerCache.Lookup found = answers.lookup(key, !freshAsked(action), deadline.remainingMillis());
                if (found instanceof AnswerCache.Hit hit) {
                    sendKept(action, hit);
                    return;
                }
                miss = (AnswerCache.Miss) found;
            }
            QueryExecResult result;
            try (QueryExec exec = QueryExec.newBuilder().dataset(chosen.getLeft()).query(q).context(action.getContext())
                    .overallTimeout(deadline.remainingMillis(), TimeUnit.MILLISECONDS).build()) {
                result = ResultCollector.collect(exec, q, limits.maxResultRows(), deadline);
            }
            if (miss == null) {
                sendResults(action, result, query.getPrologue());
            } else {
                answer = sendCopied(action, result, query.getPrologue(), miss);
            }
        } catch (QueryLimitException e) {
            refuse(action, e);
        } catch (EndpointException e) {
            // a live front's store failed (docs/decisions/0023-live-remote-front.md)
            action.log.info(String.format("[%d] %s", action.id, e.getMessage()));
            ServletOps.error(LiveRequestFilter.status(e), e.getMessage());
        } finally {
            if (miss != null) {
                // only a complete 200 is kept; a refusal, a timeout or an error releases the waiters with nothing
                miss.finish(answer);
            }
            action.endRead();
        }
    }

    /** The answer's key, or null when it is not to be kept: no cache, no known data version, or an unstable query. */
    private AnswerCache.Key key(HttpAction action, Query query) {
        if (answers == null) {
            return null;
        }
        OptionalLong version = DataVersion.ofTransaction(getDataset(action));
        if (version.isEmpty() || !AnswerKeys.stable(query)) {
            return null;
        }
        HttpServletRequest req = action.getRequest();
        return new AnswerCache.Key(version.getAsLong(), AnswerKeys.query(query, req), AnswerKeys.format(query, req));
    }

    /** {@code Cache-Control: no-cache} (or {@code no-store}) from the client: compute again, and keep the new answer. */
    private static boolean freshAsked(HttpAction action) {
        String cc = action.getRequest().getHeader("Cache-Control");
        String pragma = action.getRequest().getHeader("Pragma");
        return cc != null && (cc.contains("no-cache") || cc.contains("no-store")) || pragma != null && pragma.contains("no-cache");
    }

    /** Sends the result as Fuseki does, keeping a copy of what went out (null when it is not to be kept). */
    private AnswerCache.Answer sendCopied(HttpAction action, QueryExecResult result, org.apache.jena.sparql.core.Prologue prologue,
                                          AnswerCache.Miss miss) {
        action.setResponseHeader(X_CACHE, "miss");
        CapturingResponse copy = new CapturingResponse(action.getResponse(), answers.sizes().maxAnswerBytes());
        HttpAction writer = new HttpAction(action.id, action.log, action.category, action.getRequest(), copy);
        writer.setRequest(action.getDataAccessPoint(), action.getDataService());
        writer.setEndpoint(action.getEndpoint());
        sendResults(writer, result, prologue);
        if (copy.overflowed()) {
            miss.tooLarge();
        }
        return copy.answer();
    }

    /** Sends a kept answer: the headers its writer set, then the body. */
    private static void sendKept(HttpAction action, AnswerCache.Hit hit) {
        action.log.info(String.format("[%d] answer kept for this version of the data%s", action.id, hit.waited() ? " (computed by an identical request)" : ""));
        action.setResponseHeader(X_CACHE, "hit");
        action.setResponseStatus(200);
        for (AnswerCache.Header h : hit.answer().headers()) {
            if (h.name().equalsIgnoreCase("Content-Type")) {
                action.setResponseContentType(h.value());
            } else {
                action.setResponseHeader(h.name(), h.value());
            }
        }
        byte[] body = hit.answer().body();
        action.setResponseContentLength(body.length);
        try {
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    /** A live front's store applies the query's FROM and FROM NAMED itself: the query goes to it unchanged. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetGraph dsg = getDataset(action);
        return dsg instanceof RemoteDatasetGraph ? Pair.create(dsg, query) : super.decideDataset(action, query, queryStringLog);
    }

    /** The query on one line for the log, its first 500 characters at most. */
    private static String forLog(String queryString) {
        String head = queryString.length() <= 500 ? queryString : queryString.substring(0, 500);
        String line = ServletOps.formatForLog(head);
        return head == queryString ? line : line + " ... (" + queryString.length() + " characters)";
    }

    /** The server's limit, or the client's {@code timeout} parameter (seconds) when shorter. */
    private Duration timeout(HttpAction action) {
        Duration limit = limits.timeout();
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            try {
                // Fuseki's form "initial,overall" too: the overall time is the one that counts here
                String overall = asked.contains(",") ? asked.substring(asked.indexOf(',') + 1) : asked;
                long ms = new BigDecimal(overall.strip()).movePointRight(3).longValue();
                if (ms > 0 && ms < limit.toMillis()) {
                    return Duration.ofMillis(ms);
                }
            } catch (NumberFormatException e) {
                // ignored, as Fuseki ignores it
            }
        }
        return limit;
    }

    /**
     * Reads and drops a refused body of at most {@link #DRAINED} bytes before the 413 goes out: a
     * server that answers and closes while the client is still sending makes the client's TCP stack
     * discard the answer (a reset), so a moderately large query would see "connection closed"
     * instead of the one line. Longer bodies are refused without reading them.
     */
    private static void drain(HttpAction action, long length) {
        if (length > DRAINED) {
            return;
        }
        try (InputStream in = action.getRequestInputStream()) {
            in.skipNBytes(length);
        } catch (IOException | RuntimeException e) {
            // the client went away or sent less: the refusal below is all that is left to do
        }
    }

    private void refuseIf(boolean over, long bytes) {
        if (over) {
            ServletOps.error(413, "query too large: " + bytes + " bytes, over the limit of " + limits.maxQueryBytes() + " bytes");
        }
    }

    private static void refuse(HttpAction action, QueryLimitException e) {
        if (e.kind() == QueryLimitException.Kind.TIMEOUT && action.getEndpoint() != null) {
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
        }
        action.log.info(String.format("[%d] %s", action.id, e.getMessage()));
        ServletOps.error(status(e.kind()), e.getMessage());
    }
}
