package org.grpokg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.grpokg.rdf.Iris;
import org.junit.jupiter.api.Test;

class LocalIrisUnitTest {

    @Test
    void canonicalAndLocalAddressesMapBothWays() {
        String iri = Iris.model("Qwen/Qwen2-VL-2B");
        assertEquals("/id/model/Qwen/Qwen2-VL-2B", LocalIris.localPath(iri));
        assertEquals(Optional.of(iri), LocalIris.canonical("/id/model/Qwen/Qwen2-VL-2B"));
        assertEquals("/ontology#Entry", LocalIris.localPath("https://w3id.org/grpo-kg/ontology#Entry"));
        assertEquals("https://example.org/x", LocalIris.localPath("https://example.org/x"), "other IRIs stay as they are");
    }

    @Test
    void percentEncodedSegmentsRoundTrip() {
        String path = LocalIris.localPath(Iris.concept("domain", "A Bé"));
        assertEquals("/id/domain/A%20B%C3%A9", path);
        assertEquals(Optional.of(Iris.concept("domain", "A Bé")), LocalIris.canonical(path));
        // a client that escapes differently reaches the same IRI
        assertEquals("/id/domain/A%20B%C3%A9", LocalIris.normalised("/id/domain/A%20B%c3%a9"));
        assertEquals("/id/model/Qwen/Qwen2-VL-2B", LocalIris.normalised("/id/model/Qwen/Qwen2%2DVL-2B"));
    }

    @Test
    void pathsWithCharactersWeNeverMintAreRefused() {
        assertEquals(Optional.empty(), LocalIris.canonical("/id/x>y"));
        assertEquals(Optional.empty(), LocalIris.canonical("/id/x y"));
        assertEquals(Optional.empty(), LocalIris.canonical("/id/x\"y"));
        assertEquals(Optional.empty(), LocalIris.canonical("//evil"));
    }
}
