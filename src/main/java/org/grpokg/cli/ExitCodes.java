package org.grpokg.cli;

/** The exit codes of every command, listed in each command's --help. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int INVALID_DATA = 3;
    public static final int BAD_INPUT = 4;
    public static final int BAD_QUERY = 5;
    public static final int UNAVAILABLE = 6;
    /** Output could not be written: disk full, device error, closed pipe (docs/decisions/0013). */
    public static final int OUTPUT_FAILED = 7;
    /** A query ran into its time or result-size limit: no complete result was written (docs/decisions/0013). */
    public static final int LIMIT_REACHED = 8;

    /** Code and meaning, in order, for every command's --help. */
    public static final java.util.Map<String, String> DESCRIPTIONS = descriptions();

    private static java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(" 0", "success");
        m.put(" 1", "internal error (a bug; GRPO_KG_DEBUG=1 shows the trace)");
        m.put(" 2", "usage error (unknown option, missing argument, query over --max-query-size)");
        m.put(" 3", "the data does not conform to the SHACL shapes");
        m.put(" 4", "bad input: missing or unreadable file, malformed catalogue, entry or Markdown");
        m.put(" 5", "malformed SPARQL query (or nested too deeply)");
        m.put(" 6", "unavailable: store in use by another process, port taken, server or --endpoint not answering or refusing the credentials");
        m.put(" 7", "cannot write the output (disk full, device error, closed pipe)");
        m.put(" 8", "a query ran over its time limit (--timeout) or its result over the size limit (--max-results):"
                + " no complete result was written");
        return java.util.Collections.unmodifiableMap(m);
    }

    private ExitCodes() {
    }
}
