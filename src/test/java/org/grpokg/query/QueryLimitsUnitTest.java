package org.grpokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/** Query limits before and during a run: size, nesting, one deadline for parsing and execution, result rows. */
class QueryLimitsUnitTest {

    private static final QueryLimits LIMITS = new QueryLimits(1024, Duration.ofSeconds(30), 1000);

    private static String nested(int depth) {
        return "SELECT * " + "{".repeat(depth) + " ?s ?p ?o " + "}".repeat(depth);
    }

    @Test
    void textOverTheSizeLimitIsRefusedBeforeParsing() {
        String text = "SELECT * {?s ?p ?o} #" + "a".repeat(2000);
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> QueryRunner.parse(text, LIMITS, LIMITS.deadline()));
        assertEquals(QueryLimitException.Kind.TOO_LARGE, e.kind());
        assertEquals("query too large: 2021 bytes, over the limit of 1024 bytes", e.getMessage());
        // bytes, not characters: 400 three-byte characters are 1200 bytes
        assertEquals(QueryLimitException.Kind.TOO_LARGE,
                assertThrows(QueryLimitException.class, () -> LIMITS.checkText("SELECT * {} #" + "€".repeat(400))).kind());
    }

    @Test
    void deepNestingIsOneClearLineNotAStackOverflow() {
        QueryLimits roomy = new QueryLimits(1 << 20, Duration.ofSeconds(30), 1000);
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> QueryRunner.parse(nested(2000), roomy, roomy.deadline()));
        assertEquals(QueryLimitException.Kind.TOO_DEEP, e.kind());
        assertEquals("query nested too deeply (over 100 levels of braces, parentheses or brackets)", e.getMessage());
        String parens = "SELECT * { FILTER(" + "(".repeat(150) + "1" + ")".repeat(150) + ") }";
        assertEquals(QueryLimitException.Kind.TOO_DEEP, assertThrows(QueryLimitException.class, () -> roomy.checkText(parens)).kind());
        // at the limit the query parses
        Query ok = QueryRunner.parse(nested(QueryLimits.MAX_NESTING), roomy, roomy.deadline());
        assertTrue(ok.isSelectType());
    }

    @Test
    void bracketsInCommentsStringsAndIrisDoNotCount() {
        String many = "{".repeat(300);
        assertEquals(1, NestingDepth.of("SELECT * { ?s ?p \"" + many + "\" } # " + many));
        assertEquals(1, NestingDepth.of("SELECT * { ?s ?p '''" + many + "\n" + many + "''' }"));
        assertEquals(1, NestingDepth.of("SELECT * { ?s <http://x/a#b" + "(".repeat(300).replace("(", "") + "> \"a\\\"{\" }"));
        assertEquals(2, NestingDepth.of("SELECT * { ?s ?p ?o FILTER(?o < 3) } # { ( [ "));
        assertEquals(3, NestingDepth.of("SELECT * { ?s ?p [ ?q (1 2) ] }"));
        assertEquals(1, NestingDepth.of("SELECT * { ?s ex:a\\( ?o }"), "an escaped parenthesis in a local name");
    }

    @Test
    void aStackOverflowWhileParsingIsReportedAsNesting() {
        QueryLimitException e = assertThrows(QueryLimitException.class,
                () -> TimedParser.parse(() -> { throw new StackOverflowError(); }, LIMITS.deadline()));
        assertEquals(QueryLimitException.Kind.TOO_DEEP, e.kind());
        // Jena wraps the error in a parse exception whose message is null ("malformed query: FILE: null")
        QueryLimitException wrapped = assertThrows(QueryLimitException.class,
                () -> TimedParser.parse(() -> { throw new QueryParseException(null, new StackOverflowError(), -1, -1); }, LIMITS.deadline()));
        assertEquals(QueryLimitException.Kind.TOO_DEEP, wrapped.kind());
    }

    @Test
    void parsingCountsAgainstTheDeadline() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Deadline soon = Deadline.after(Duration.ofMillis(200));
        QueryLimitException e = assertThrows(QueryLimitException.class, () -> TimedParser.parse(() -> {
            try {
                never.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            return QueryRunner.parse("ASK {}");
        }, soon));
        assertEquals(QueryLimitException.Kind.TIMEOUT, e.kind());
        assertEquals("query timed out after 0.2 s while parsing (the limit covers parsing and execution): no result", e.getMessage());
        never.countDown();
    }

    @Test
    void malformedQueriesStillFailAsParseErrors() {
        assertThrows(QueryParseException.class, () -> QueryRunner.parse("SELECT * {?s ?p", LIMITS, LIMITS.deadline()));
    }

    private static DatasetGraph triples(int n) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < n; i++) {
            dsg.getDefaultGraph().add(SSE.parseTriple("(<http://x/s" + i + "> <http://x/p> " + i + ")"));
        }
        return dsg;
    }

    @Test
    void resultsOverTheRowLimitAreAnErrorNotAShorterResult() {
        DatasetGraph dsg = triples(50);
        Query select = QueryRunner.parse("SELECT * { ?s ?p ?o . ?a ?b ?c }");
        try (QueryExec exec = QueryExec.dataset(dsg).query(select).build()) {
            QueryLimitException e = assertThrows(QueryLimitException.class,
                    () -> ResultCollector.collect(exec, select, 1000, LIMITS.deadline()));
            assertEquals(QueryLimitException.Kind.TOO_MANY_RESULTS, e.kind());
            assertEquals("result too large: over 1000 rows (the limit); narrow the query or add LIMIT", e.getMessage());
        }
        Query construct = QueryRunner.parse("CONSTRUCT { ?s ?p ?c } { ?s ?p ?o . ?a ?b ?c }");
        try (QueryExec exec = QueryExec.dataset(dsg).query(construct).build()) {
            assertEquals(QueryLimitException.Kind.TOO_MANY_RESULTS,
                    assertThrows(QueryLimitException.class, () -> ResultCollector.collect(exec, construct, 1000, LIMITS.deadline())).kind());
        }
        try (QueryExec exec = QueryExec.dataset(dsg).query(select).build()) {
            QueryExecResult all = ResultCollector.collect(exec, select, 2500, LIMITS.deadline());
            long rows = 0;
            for (var rs = all.rowSet(); rs.hasNext(); rs.next()) {
                rows++;
            }
            assertEquals(2500, rows, "at the limit, the whole result");
        }
    }

    @Test
    void runningOutOfTimeWhileCollectingIsATimeout() {
        DatasetGraph dsg = triples(200);
        Query cross = QueryRunner.parse("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        Deadline d = Deadline.after(Duration.ofMillis(300));
        try (QueryExec exec = QueryExec.dataset(dsg).query(cross).timeout(d.remainingMillis(), TimeUnit.MILLISECONDS).build()) {
            QueryLimitException e = assertThrows(QueryLimitException.class, () -> ResultCollector.collect(exec, cross, 1000, d));
            assertEquals(QueryLimitException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().startsWith("query timed out after 0.3 s while running"), e.getMessage());
        }
    }
}
