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
