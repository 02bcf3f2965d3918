package org.grpokg.server.access;

import java.util.Set;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The dataset's endpoints when updates are allowed, in Fuseki's usual layout: query at
 * {@code sparql} and {@code query}, Graph Store read at {@code get}, SPARQL Update at
 * {@code update}, Graph Store read and write at {@code data}, and all of them on the dataset's
 * own address. Reads are open to anyone; Update and Graph Store writes carry Fuseki's own
 * policy naming the users who may update, behind the {@link UpdateFilter} that asks for them.
 */
public final class UpdateEndpoints {

    private UpdateEndpoints() {
    }

    public static DataService service(DatasetGraph dsg, UpdateAccess updates) {
        AuthPolicy writers = Auth.policyAllowSpecific(updates.users().writers());
        return DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").authPolicy(writers).build())
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data").authPolicy(writers).build())
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Endpoint.create().operation(Operation.Update).authPolicy(writers).build())
                .addEndpoint(Endpoint.create().operation(Operation.GSP_RW).authPolicy(writers).build())
                .build();
    }

    /** Puts the {@link UpdateFilter} in front of the dataset's addresses; {@code afterCommit} runs after each change. */
    public static void guard(FusekiServer.Builder builder, String dataset, UpdateAccess updates, Runnable afterCommit) {
        UpdateFilter filter = new UpdateFilter(updates, Set.of(dataset, dataset + "/sparql", dataset + "/query"), afterCommit);
        builder.addFilter(dataset, filter).addFilter(dataset + "/*", filter);
    }
}
