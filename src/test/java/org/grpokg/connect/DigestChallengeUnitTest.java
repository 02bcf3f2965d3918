package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DigestChallengeUnitTest {

    /** RFC 2617, section 3.5: the worked example, whose response is given there. */
    @Test
    void answersTheRfc2617Example() {
        DigestChallenge c = DigestChallenge.parse(List.of("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")).orElseThrow();
        String h = c.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b");
        assertTrue(h.contains("response=\"6629fae49393a05397450978507c4ef1\""), h);
        assertTrue(h.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""), h);
        assertTrue(h.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""), h);
        assertTrue(h.startsWith("Digest username=\"Mufasa\", realm=\"testrealm@host.com\""), h);
    }

    /** RFC 7616, section 3.9.1: the SHA-256 example. */
    @Test
    void answersTheRfc7616Sha256Example() {
        DigestChallenge c = DigestChallenge.parse(List.of("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\","
                + " algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
                + " opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")).orElseThrow();
        String h = c.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html", 1,
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        assertTrue(h.contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\""), h);
    }

    /** Virtuoso's challenge, as its /sparql-auth sends it; answered without qop when the store names none (RFC 2069). */
    @Test
    void readsVirtuosoChallengeAndPlainChallenges() {
        DigestChallenge v = DigestChallenge.parse(List.of("Digest realm=\"SPARQL\", domain=\"/sparql-auth\", nonce=\"6bc6\","
                + " opaque=\"5ebe\", stale=\"false\", qop=\"auth\", algorithm=\"MD5\"")).orElseThrow();
        assertEquals(new DigestChallenge("SPARQL", "6bc6", "5ebe", true, "MD5"), v);
        DigestChallenge old = DigestChallenge.parse(List.of("Basic realm=\"x\"", "Digest realm=\"r\", nonce=\"n\"")).orElseThrow();
        assertFalse(old.qopAuth());
        // RFC 2069: MD5(MD5(user:realm:password):nonce:MD5(method:uri))
        String h = old.authorization("u", "p", "GET", "/a", 1, "c");
        assertTrue(h.contains("response=\"" + md5(md5("u:r:p") + ":n:" + md5("GET:/a")) + "\""), h);
        assertFalse(h.contains("qop="), h);
    }

    @Test
    void leavesOutWhatItCannotAnswer() {
        assertTrue(DigestChallenge.parse(List.of("Basic realm=\"x\"")).isEmpty());
        assertTrue(DigestChallenge.parse(List.of("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"")).isEmpty());
        assertTrue(DigestChallenge.parse(List.of("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256")).isEmpty());
        assertTrue(DigestChallenge.parse(List.of("Digest realm=\"r\"")).isEmpty());
    }

    @Test
    void quotedValuesKeepCommasAndEscapes() {
        assertEquals("a, b \"c\"", DigestChallenge.params("realm=\"a, b \\\"c\\\"\", nonce=x").get("realm"));
        assertEquals("x", DigestChallenge.params("realm=\"a, b\", nonce=x").get("nonce"));
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
