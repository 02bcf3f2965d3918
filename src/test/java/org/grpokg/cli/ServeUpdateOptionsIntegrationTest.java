package org.grpokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.grpokg.TestPaths;
import org.grpokg.store.StoreUpdates;
import org.junit.jupiter.api.Test;

/** serve's update options refuse what they cannot use with one line; build does not replace a store holding updates unless told. */
class ServeUpdateOptionsIntegrationTest {

    private static Path passwordFile(String permissions) throws Exception {
        Path f = TestPaths.tempDir("passwd-").resolve("users");
        Files.writeString(f, "alice: s3cret\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permissions));
        return f;
    }

    @Test
    void allowUpdateNeedsAPasswordFileAndTheOtherWayRound() throws Exception {
        CliRun run = CliRun.of("serve", "--port", "0", "--allow-update");
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("grpo-kg: --allow-update needs --password-file FILE (lines 'name: password')", run.errLine());
        CliRun alone = CliRun.of("serve", "--port", "0", "--password-file", passwordFile("rw-------").toString());
        assertEquals(ExitCodes.USAGE, alone.code());
        assertEquals("grpo-kg: --password-file needs --allow-update (the server is read-only without it)", alone.errLine());
    }

    @Test
    void answerCacheTakesASize() {
        CliRun run = CliRun.of("serve", "--port", "0", "--answer-cache", "lots");
        assertEquals(ExitCodes.USAGE, run.code());
        assertEquals("grpo-kg: --answer-cache takes a size in bytes such as 0, 64M or 1G, not 'lots'", run.errLine());
        assertEquals(ExitCodes.USAGE, CliRun.of("serve", "--port", "0", "--answer-cache", "-1M").code());
    }

    @Test
    void aWorldReadableOrMissingPasswordFileIsRefusedWithOneLine() throws Exception {
        Path open = passwordFile("rw-r--r--");
        CliRun run = CliRun.of("serve", "--port", "0", "--allow-update", "--password-file", open.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals("grpo-kg: password file " + open + " is readable by every user of this machine: chmod o-r " + open, run.errLine());
        Path missing = open.resolveSibling("missing");
        CliRun none = CliRun.of("serve", "--port", "0", "--allow-update", "--password-file", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertEquals("grpo-kg: password file " + missing + " does not exist", none.errLine());
    }

    @Test
    void buildRefusesToReplaceAStoreHoldingUpdatesUnlessTold() {
        Path store = TestPaths.tempDir("held-").resolve("store");
        assertEquals(ExitCodes.OK, CliRun.of("build", "--store", store.toString()).code());
        StoreUpdates.record(new org.grpokg.store.KgStore(store).current().orElseThrow(), "alice");
        CliRun refused = CliRun.of("build", "--store", store.toString());
        assertEquals(ExitCodes.USAGE, refused.code());
        assertTrue(refused.errLine().startsWith("grpo-kg: store " + store.toAbsolutePath().normalize() + " holds 1 update made through the server (last "), refused.errLine());
        assertTrue(refused.errLine().endsWith("by alice): save them first (grpo-kg export --format trig -o FILE), then build --discard-updates"), refused.errLine());
        assertTrue(new org.grpokg.store.KgStore(store).current().flatMap(StoreUpdates::of).isPresent(), "the store was left alone");
        assertEquals(ExitCodes.OK, CliRun.of("build", "--store", store.toString(), "--discard-updates").code());
        assertFalse(new org.grpokg.store.KgStore(store).current().flatMap(StoreUpdates::of).isPresent(), "a rebuilt store starts without the note");
    }
}
