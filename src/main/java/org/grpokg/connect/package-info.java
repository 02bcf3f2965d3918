/**
 * One way to reach the graph, wherever it is: the local TDB2 store, the {@code serve} that holds
 * it, or any SPARQL 1.1 store ({@link org.grpokg.connect.GraphSource}, over Jena's
 * {@code RDFConnection}); the addresses of a remote store ({@link org.grpokg.connect.Endpoint}),
 * its login ({@link org.grpokg.connect.Credentials}), what its failures mean to a user
 * ({@link org.grpokg.connect.EndpointErrors}), how a built graph replaces what it holds
 * ({@link org.grpokg.connect.EndpointLoader}), and a remote store as a Jena dataset read at request
 * time, for {@code serve --endpoint} ({@link org.grpokg.connect.RemoteDatasetGraph}, whole queries
 * sent by {@link org.grpokg.connect.RemoteQueryEngine}). See docs/decisions/0018-any-sparql-store.md
 * and 0023-live-remote-front.md.
 */
package org.grpokg.connect;
