package org.grpokg.cli;

import java.io.PrintWriter;

import org.grpokg.query.QueryLimits;
import org.grpokg.server.RunningServer;

/**
 * What {@code serve} prints once its server is up (a local store, a live front or a copy): the
 * addresses, the limits, the line saying how to stop it; then it waits until the server stops.
 */
final class ServerBanner {

    private ServerBanner() {
    }

    /** The home page, the Fuseki UI and the SPARQL endpoint, with {@code sparqlNote} after the latter ("also /kg/query ..."). */
    static void addresses(PrintWriter out, RunningServer server, String sparqlNote) {
        String base = server.baseUrl();
        out.println("  Home:        " + base);
        out.println("  Fuseki UI:   " + base + "ui/" + (server.hasUi() ? "" : "  (UI not on the classpath)"));
        out.println("  SPARQL:      " + base + "kg/sparql   (" + sparqlNote + ")");
    }

    /** The Graph Store read address and the query limits with the options that set them. */
    static void graphStoreAndLimits(PrintWriter out, RunningServer server, QueryLimits limits) {
        out.println("  Graph Store: " + server.baseUrl() + "kg/get      (read-only)");
        out.println("  Limits:      " + QueryLimits.seconds(limits.timeout()) + " s per query, queries up to " + limits.maxQueryBytes()
                + " bytes, results up to " + limits.maxResultRows() + " rows (--timeout, --max-query-size, --max-results)");
    }

    /** Says how to stop the server, then blocks until it stops; the exit code of a server stopped by Ctrl-C. */
    static int untilStopped(PrintWriter out, RunningServer server) {
        out.println("Ctrl-C stops the server.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
