package org.grpokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.grpokg.TestPaths;
import org.grpokg.store.InputStamps;
import org.junit.jupiter.api.Test;

/**
 * serve's freshness check against a built store (decision 0020): a touched file rebuilds nothing,
 * an edited one always rebuilds, even when its size and modification time look as before.
 */
class FreshnessCheckIntegrationTest {

    private static Path anEntryFile(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("entries"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void aTouchedFileRebuildsNothingAndAnEditInTheSameSecondRebuilds() throws Exception {
        Path data = TestPaths.copyOfData();
        Workspace ws = Workspace.of(data, TestPaths.tempDir("freshness-").resolve("store"));
        ws.build();
        Path gen = ws.kgStore().current().orElseThrow();
        assertTrue(Files.isRegularFile(gen.resolve(InputStamps.FILE)), "the build keeps what its check saw");

        Path entry = anEntryFile(data);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(Files.getLastModifiedTime(entry).toMillis() + 3_000));
        assertFalse(ws.ensureBuilt(), "touched, not changed: no rebuild");
        assertEquals(gen, ws.kgStore().current().orElseThrow());

        // an edit that keeps the size and the modification time (as on a file system with 1 s times)
        FileTime time = Files.getLastModifiedTime(entry);
        String text = Files.readString(entry);
        int i = text.indexOf("what: ");
        assertTrue(i >= 0, entry + " has a source description");
        char c = text.charAt(i + 8);
        String edited = text.substring(0, i + 8) + (c == 'X' ? 'Y' : 'X') + text.substring(i + 9);
        assertEquals(text.length(), edited.length());
        Files.writeString(entry, edited);
        Files.setLastModifiedTime(entry, time);
        assertFalse(ws.isFresh(), "the edit is seen");
        assertTrue(ws.ensureBuilt(), "and rebuilds");
        assertTrue(ws.isFresh());
    }
}
