package org.grpokg.cli;

import java.io.OutputStream;

/**
 * Commands that write bytes (query results, RDF) get the command line's standard output stream
 * through this, set by {@link Main#commandLine(OutputStream, OutputStream)}: tests and embedders
 * pass their own stream instead of swapping {@code System.out}.
 */
interface Stdout {

    void stdout(OutputStream out);
}
