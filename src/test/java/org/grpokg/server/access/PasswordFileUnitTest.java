package org.grpokg.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.Password;
import org.grpokg.TestPaths;
import org.junit.jupiter.api.Test;

/** The password file: Jetty's realm format, hashed passwords, roles, and the files it refuses. */
class PasswordFileUnitTest {

    static Path file(String text, String permissions) throws Exception {
        Path f = TestPaths.tempDir("passwd-").resolve("users.properties");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permissions));
        return f;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsPlainAndHashedPasswordsAndRoles() throws Exception {
        Path f = file("""
                # writers
                alice: s3cret
                carol: %s, update
                dave = %s
                ! known, may not write
                bob: hunter2, readonly
                """.formatted(Credential.MD5.digest("pw-carol"), Password.obfuscate("pw-dave")), "rw-------");
        UpdateAccess access = new UpdateAccess(PasswordFile.read(f), 100, null);
        assertEquals(List.of("alice", "carol", "dave"), access.users().writers());
        assertEquals(List.of("bob"), access.users().readOnlyUsers());
        assertEquals(UpdateAccess.Verdict.WRITER, access.check(basic("alice", "s3cret")).verdict());
        assertEquals(UpdateAccess.Verdict.WRITER, access.check(basic("carol", "pw-carol")).verdict());
        assertEquals(UpdateAccess.Verdict.WRITER, access.check(basic("dave", "pw-dave")).verdict());
        assertEquals(UpdateAccess.Verdict.READ_ONLY, access.check(basic("bob", "hunter2")).verdict());
        assertEquals(UpdateAccess.Verdict.REFUSED, access.check(basic("alice", "wrong")).verdict());
        assertEquals(UpdateAccess.Verdict.REFUSED, access.check(basic("carol", Credential.MD5.digest("pw-carol"))).verdict(),
                "the hash itself is not the password");
        assertEquals(UpdateAccess.Verdict.REFUSED, access.check(basic("mallory", "s3cret")).verdict());
        assertEquals(UpdateAccess.Verdict.REFUSED, access.check("Basic !!!not-base64").verdict());
        assertEquals(UpdateAccess.Verdict.REFUSED, access.check("Bearer abc").verdict());
        assertEquals(UpdateAccess.Verdict.ANONYMOUS, access.check(null).verdict());
    }

    @Test
    void aPasswordMayHoldAColon() throws Exception {
        UpdateAccess access = new UpdateAccess(PasswordFile.read(file("alice: a:b:c\n", "rw-r-----")), 100, null);
        assertEquals(UpdateAccess.Verdict.WRITER, access.check(basic("alice", "a:b:c")).verdict());
    }

    @Test
    void refusesAFileEveryoneCanRead() throws Exception {
        Path f = file("alice: s3cret\n", "rw-r--r--");
        PasswordFile.Problem e = assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(f));
        assertEquals("password file " + f + " is readable by every user of this machine: chmod o-r " + f, e.getMessage());
    }

    @Test
    void refusesAMissingFile() {
        Path f = TestPaths.tempDir("passwd-").resolve("none");
        PasswordFile.Problem e = assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(f));
        assertEquals("password file " + f + " does not exist", e.getMessage());
    }

    @Test
    void namesTheLineOfAMalformedEntry() throws Exception {
        Path f = file("alice: s3cret\n\njust-a-name\n", "rw-------");
        PasswordFile.Problem e = assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(f));
        assertEquals(f + ":3: expected 'name: password[, role ...]'", e.getMessage());
        Path empty = file("alice:\n", "rw-------");
        assertEquals(empty + ":1: user 'alice' has no password",
                assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(empty)).getMessage());
        Path twice = file("alice: a\nalice: b\n", "rw-------");
        assertEquals(twice + ":2: user 'alice' is listed twice",
                assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(twice)).getMessage());
    }

    @Test
    void refusesAFileWithoutAnyoneWhoMayUpdate() throws Exception {
        Path f = file("# nobody yet\nbob: x, readonly\n", "rw-------");
        PasswordFile.Problem e = assertThrows(PasswordFile.Problem.class, () -> PasswordFile.read(f));
        assertTrue(e.getMessage().contains("lists no user who may update"), e.getMessage());
    }
}
