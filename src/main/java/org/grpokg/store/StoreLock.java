package org.grpokg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads TDB2's own lock file ({@code tdb.lock}, holding the owner's process id) so that a second
 * process can say who holds a store instead of failing with a lock trace. TDB2 leaves the file
 * behind after a clean shutdown, so a lock counts only while its process is alive.
 */
final class StoreLock {

    private StoreLock() {
    }

    /** The live process, other than this one, that holds the store folder. */
    static Optional<Long> holder(Path storeDir) {
        Path lock = storeDir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(lock, StandardCharsets.UTF_8).trim();
            long pid = Long.parseLong(text);
            if (pid == ProcessHandle.current().pid()) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
