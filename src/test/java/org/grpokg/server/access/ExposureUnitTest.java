package org.grpokg.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The table of addresses and methods, and the message serve prints when it listens beyond loopback. */
class ExposureUnitTest {

    private static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void readOnlyMessageListsEveryKindOfAddressAndNoWrites() {
        String m = text(Exposure.of("/kg", null).describe("0.0.0.0", 3030));
        assertTrue(m.startsWith("Exposed on 0.0.0.0 port 3030 to every host that can reach it:"), m);
        for (String path : List.of("/search", "/id/...", "/lineage", "/.well-known/void", "/kg/sparql", "/kg/query", "/kg/get",
                "/ui/...", "/$/server", "/$/stats/...")) {
            assertTrue(m.contains(path), path + " missing from\n" + m);
        }
        assertTrue(m.contains("GET, HEAD, OPTIONS, POST  /kg/sparql /kg/query /kg  : SPARQL query; anyone"), m);
        assertTrue(m.contains("Writes: none. The server is read-only"), m);
        assertFalse(m.contains("/kg/update"), m);
        assertTrue(m.contains("TRACE, PROPFIND ...) answers 405"), m);
    }

    @Test
    void updateMessageSaysWhoMayWriteWhereAndThatPasswordsTravelInClear() throws Exception {
        PasswordFile users = PasswordFile.read(PasswordFileUnitTest.file("alice: a\nbob: b, readonly\n", "rw-------"));
        String m = text(Exposure.of("/kg", new UpdateAccess(users, 1024, null)).describe("0.0.0.0", 8080));
        assertTrue(m.contains("POST  /kg/update  : SPARQL Update; users alice of " + users.file()), m);
        assertTrue(m.contains("/kg/data  : Graph Store read and write; reads: anyone; writes: users alice"), m);
        assertTrue(m.contains("Writes: SPARQL Update and Graph Store PUT, POST, DELETE by alice only"), m);
        assertTrue(m.contains("bodies up to 1024 bytes"), m);
        assertTrue(m.contains("get 403: bob"), m);
        assertTrue(m.contains("clear text"), m);
    }

    @Test
    void methodsPerAddress() throws Exception {
        Exposure readOnly = Exposure.of("/kg", null);
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), readOnly.methods("/$/server"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), readOnly.methods("/id/model/Qwen/Qwen2-VL-2B"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), readOnly.methods("/ui"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS"), readOnly.methods("/no/such/page"));
        assertTrue(readOnly.serves("/kg/sparql", "post"));
        assertFalse(readOnly.serves("/kg/get", "PUT"));
        assertFalse(readOnly.serves("/kg", "PUT"));
        assertFalse(readOnly.serves("/kg/update", "POST"));
        assertFalse(readOnly.serves("/", "TRACE"));
        assertTrue(readOnly.serves("/ui/kg/sparql", "POST"), "the UI's calls serve what their target serves");
        assertFalse(readOnly.serves("/ui/kg/get", "PUT"));
        assertFalse(readOnly.serves("/ui/index.html", "POST"));
        PasswordFile users = PasswordFile.read(PasswordFileUnitTest.file("alice: a\n", "rw-------"));
        Exposure writable = Exposure.of("/kg", new UpdateAccess(users, 1024, null));
        assertTrue(writable.serves("/kg/update", "POST"));
        assertFalse(writable.serves("/kg/update", "GET"));
        assertTrue(writable.serves("/kg/data", "PUT"));
        assertTrue(writable.serves("/kg", "DELETE"));
        assertFalse(writable.serves("/kg/get", "PUT"));
        assertFalse(writable.serves("/kg/data", "PATCH"));
        assertTrue(writable.serves("/ui/kg/data", "PUT"));
        assertEquals("DELETE, GET, HEAD, OPTIONS, POST, PUT", writable.allow("/kg/data"));
    }
}
