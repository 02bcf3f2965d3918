package org.grpokg.server;

import org.grpokg.server.pages.FusekiUiServlet;

/**
 * A started server for the graph, whatever stands behind it: a local store ({@link KgServer}) or
 * a remote one fronted live ({@link LiveFront}). Both serve the same addresses on loopback or
 * every interface; the command line and the tests hold either through this type.
 */
public interface RunningServer extends AutoCloseable {

    /** The port it listens on (the one picked when started with port 0). */
    int port();

    /** The base address, e.g. {@code http://127.0.0.1:3030/}. */
    default String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Whether the Fuseki UI is on the classpath, to be served at {@code /ui/}. */
    default boolean hasUi() {
        return FusekiUiServlet.available();
    }

    /** Blocks until the server stops. */
    void join();

    /** Stops the server and releases what it holds (not the store it reads). */
    @Override
    void close();
}
