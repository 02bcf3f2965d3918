package org.grpokg.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials from a private file or the environment; never shown in messages. */
class CredentialsUnitTest {

    @TempDir
    Path dir;

    private Path file(String text, String perms) throws IOException {
        Path f = dir.resolve("login");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void readsUserAndPasswordFromAPrivateFile() throws IOException {
        Credentials c = Credentials.fromFile(file("\nalice:pa:ss word\n", "rw-------"));
        assertEquals("alice", c.user());
        assertEquals("pa:ss word", c.password());
        assertFalse(c.toString().contains("pa:ss"));
    }

    @Test
    void refusesAFileEveryUserMayRead() throws IOException {
        Path f = file("alice:secret\n", "rw-r--r--");
        var e = assertThrows(Credentials.CredentialsException.class, () -> Credentials.fromFile(f));
        assertEquals(f + ": readable by every user of this machine; make it private first (chmod 600 " + f + ")", e.getMessage());
    }

    @Test
    void refusesAFileWithoutUserAndPassword() throws IOException {
        Path f = file("just-a-token\n", "rw-------");
        assertEquals(f + ":1: expected one line user:password",
                assertThrows(Credentials.CredentialsException.class, () -> Credentials.fromFile(f)).getMessage());
        Path missing = dir.resolve("absent");
        assertEquals(missing + ": no such file",
                assertThrows(Credentials.CredentialsException.class, () -> Credentials.fromFile(missing)).getMessage());
    }

    @Test
    void theFileWinsOverTheEnvironmentWhichWinsOverNothing() throws IOException {
        Map<String, String> env = Map.of(Credentials.USER_VARIABLE, "bob", Credentials.PASSWORD_VARIABLE, "hunter2");
        assertEquals(Optional.of(new Credentials("bob", "hunter2")), Credentials.resolve(null, env));
        assertEquals("alice", Credentials.resolve(file("alice:x", "rw-------"), env).orElseThrow().user());
        assertEquals(Optional.empty(), Credentials.resolve(null, Map.of()));
    }

    @Test
    void halfTheEnvironmentIsAMistake() {
        var e = assertThrows(Credentials.CredentialsException.class,
                () -> Credentials.resolve(null, Map.of(Credentials.USER_VARIABLE, "bob")));
        assertEquals("set both GRPO_KG_USER and GRPO_KG_PASSWORD, or neither", e.getMessage());
    }
}
