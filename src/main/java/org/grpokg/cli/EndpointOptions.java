package org.grpokg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.grpokg.connect.Credentials;
import org.grpokg.connect.Endpoint;
import org.grpokg.connect.GraphSource;
import picocli.CommandLine.Option;

/**
 * {@code --endpoint} and its companions: a SPARQL 1.1 store to read the graph from (or, for
 * {@code build}, to load it into) instead of the local store. The login comes from a file or
 * the environment, never from the command line.
 */
final class EndpointOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 store's dataset (e.g. http://host:3030/ds) instead of the local store:"
                    + " queries go to URL/sparql, updates to URL/update, graphs to URL/data (Fuseki's layout; --query-endpoint, --update-endpoint and --gsp-endpoint change each).")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL", description = "The store's SPARQL query address, when not URL/sparql.")
    String query;

    @Option(names = "--update-endpoint", paramLabel = "URL", description = "The store's SPARQL Update address, when not URL/update.")
    String update;

    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = "The store's Graph Store Protocol address, when not URL/data.")
    String gsp;

    @Option(names = "--default-graph", paramLabel = "IRI",
            description = "For stores whose default graph is the union of all their graphs (Virtuoso): the named graph that holds"
                    + " the default graph (queries are sent with default-graph-uri=IRI; build writes the default graph there).")
    String defaultGraph;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "A file holding one line user:password for the store (not readable by others);"
                    + " else GRPO_KG_USER and GRPO_KG_PASSWORD are used when set.")
    Path credentials;

    /** The store named by {@code --endpoint}, if any. */
    Optional<GraphSource> source() {
        if (endpoint == null) {
            if (query != null || update != null || gsp != null || credentials != null) {
                throw new UserException(ExitCodes.USAGE, "--query-endpoint, --update-endpoint, --gsp-endpoint and --credentials go with --endpoint URL");
            }
            if (defaultGraph != null) {
                throw new UserException(ExitCodes.USAGE, "--default-graph goes with --endpoint URL");
            }
            return Optional.empty();
        }
        Endpoint e;
        try {
            e = Endpoint.of(endpoint, query, update, gsp, defaultGraph);
        } catch (IllegalArgumentException ex) {
            throw new UserException(ExitCodes.USAGE, ex.getMessage());
        }
        try {
            return Optional.of(GraphSource.remote(e, Credentials.resolve(credentials, System.getenv())));
        } catch (Credentials.CredentialsException ex) {
            throw new UserException(ExitCodes.BAD_INPUT, ex.getMessage());
        }
    }

    boolean given() {
        return endpoint != null;
    }
}
