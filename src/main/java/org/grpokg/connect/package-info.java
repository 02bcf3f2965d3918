/**
 * One way to reach the graph, wherever it is: the local TDB2 store, the {@code serve} that holds
 * it, or any SPARQL 1.1 store ({@link org.grpokg.connect.GraphSource}, over Jena's
 * {@code RDFConnection}); the addresses of a remote store ({@link org.grpokg.connect.Endpoint}),
 * its login ({@link org.grpokg.connect.Credentials}), what its failures mean to a user
 * ({@link org.grpokg.connect.EndpointErrors}) and how a built graph replaces what it holds
 * ({@link org.grpokg.connect.EndpointLoader}). See docs/decisions/0018-any-sparql-store.md.
 */
package org.grpokg.connect;
