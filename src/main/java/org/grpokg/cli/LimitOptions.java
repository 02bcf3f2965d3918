package org.grpokg.cli;

import java.time.Duration;
import java.util.Locale;

import org.grpokg.query.QueryLimits;
import picocli.CommandLine.Option;

/** The query limits as options, shared by {@code query} and {@code serve} (docs/decisions/0013-query-limits.md). */
final class LimitOptions {

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time limit for each query, parsing and execution together (default: 30 for serve, 60 for query; decimals allowed).")
    Double timeout;

    @Option(names = "--max-query-size", paramLabel = "SIZE",
            description = "Longest query text, in bytes; K and M suffixes count 1024s (default: 256K). Longer: exit 2, or HTTP 413.")
    String maxQuerySize;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one result (default: 1000000). More: exit 8, or HTTP 507.")
    Long maxResults;

    /** The limits, with {@code defaults} where no option was given. */
    QueryLimits limits(QueryLimits defaults) {
        Duration t = defaults.timeout();
        if (timeout != null) {
            if (!(timeout > 0) || timeout > 86_400 * 365) {
                throw new UserException(ExitCodes.USAGE, "--timeout takes a positive number of seconds, not " + timeout);
            }
            t = Duration.ofMillis(Math.max(1, Math.round(timeout * 1000)));
        }
        long size = maxQuerySize == null ? defaults.maxQueryBytes() : size(maxQuerySize);
        long rows = defaults.maxResultRows();
        if (maxResults != null) {
            if (maxResults <= 0) {
                throw new UserException(ExitCodes.USAGE, "--max-results takes a positive number, not " + maxResults);
            }
            rows = maxResults;
        }
        return new QueryLimits(size, t, rows);
    }

    /** Bytes from "65536", "64K" or "1M". */
    static long size(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("K") || s.endsWith("M")) {
            unit = s.endsWith("K") ? 1024 : 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        try {
            long n = Long.parseLong(s);
            if (n > 0 && n <= Integer.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UserException(ExitCodes.USAGE, "--max-query-size takes a size in bytes such as 65536, 64K or 1M, not '" + text + "'");
    }
}
