package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A store's addresses: Fuseki's layout by default, each one replaceable; no logins in URLs. */
class EndpointUnitTest {

    @Test
    void laysOutADatasetAsFusekiDoes() {
        Endpoint e = Endpoint.of("http://host:3030/ds/", null, null, null);
        assertEquals(new Endpoint("http://host:3030/ds", "http://host:3030/ds/sparql", "http://host:3030/ds/update",
                "http://host:3030/ds/data"), e);
    }

    @Test
    void eachAddressCanBeGivenForStoresLaidOutOtherwise() {
        Endpoint e = Endpoint.of("https://db.example.org/repositories/kg", "https://db.example.org/repositories/kg", null,
                "https://db.example.org/repositories/kg/rdf-graphs/service");
        assertEquals("https://db.example.org/repositories/kg", e.query());
        assertEquals("https://db.example.org/repositories/kg/update", e.update());
        assertEquals("https://db.example.org/repositories/kg/rdf-graphs/service", e.gsp());
    }

    /** Virtuoso: the default graph kept in a named graph, asked for with the SPARQL Protocol's default-graph-uri. */
    @Test
    void aDefaultGraphNamedForStoresWithoutOne() {
        Endpoint e = Endpoint.of("http://127.0.0.1:8890", "http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql-auth",
                "http://127.0.0.1:8890/sparql-graph-crud-auth", "urn:x-grpo-kg:default");
        assertEquals("http://127.0.0.1:8890/sparql-auth?default-graph-uri=urn%3Ax-grpo-kg%3Adefault", e.query());
        assertEquals("http://127.0.0.1:8890/sparql-auth", e.update());
        assertEquals("urn:x-grpo-kg:default", e.defaultGraph());
        assertEquals("http://127.0.0.1:8890/sparql-auth", e.queryOfAllGraphs());
        assertEquals("http://h/ds/sparql", Endpoint.of("http://h/ds", null, null, null).queryOfAllGraphs());
        assertEquals("http://h/q?x=1&default-graph-uri=urn%3Ag", Endpoint.of("http://h", "http://h/q?x=1", null, null, "urn:g").query());
        assertNull(Endpoint.of("http://h/ds", null, null, null).defaultGraph());
        assertEquals("--default-graph takes an absolute IRI (e.g. urn:x-grpo-kg:default), not default",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.of("http://h/ds", null, null, null, "default")).getMessage());
    }

    @Test
    void aRunningServeIsReadOnly() {
        Endpoint e = Endpoint.ofServer("http://127.0.0.1:3030/");
        assertEquals("http://127.0.0.1:3030/kg/sparql", e.query());
        assertEquals("http://127.0.0.1:3030/kg/get", e.gsp());
        assertNull(e.update());
    }

    @Test
    void refusesWhatIsNotAnHttpAddressAndPasswordsInAddresses() {
        assertEquals("--endpoint takes an http:// or https:// address with a host, not file:///tmp/ds",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.of("file:///tmp/ds", null, null, null)).getMessage());
        assertEquals("--gsp-endpoint is not a URL: http://a b/",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.of("http://h/ds", null, null, "http://a b/")).getMessage());
        assertEquals("--endpoint: put no user or password in the address (use --credentials FILE or GRPO_KG_USER and GRPO_KG_PASSWORD)",
                assertThrows(IllegalArgumentException.class, () -> Endpoint.of("http://u:p@h/ds", null, null, null)).getMessage());
    }
}
