package org.grpokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a store folder keeps once the server has changed it ({@code serve --allow-update}):
 * how many changes, the first and last, and who made the last. A store with this note holds data
 * that {@code data/} does not: it is never rebuilt implicitly, and {@code build} refuses to
 * replace it unless told to discard the changes. A rebuilt store starts without the note. See
 * docs/decisions/0014-updates-with-a-password.md.
 */
public record StoreUpdates(long count, Instant first, Instant last, String lastUser) {

    public static final String FILE = "grpo-kg-updates.properties";

    /** The note of {@code storeDir}, if the server has changed that store. */
    public static Optional<StoreUpdates> of(Path storeDir) {
        Path f = storeDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
            return Optional.of(new StoreUpdates(Long.parseLong(p.getProperty("updates", "1")),
                    Instant.parse(p.getProperty("first", Instant.EPOCH.toString())),
                    Instant.parse(p.getProperty("last", Instant.EPOCH.toString())), p.getProperty("lastUser", "")));
        } catch (IOException | RuntimeException e) {
            // a damaged note still says the store was changed
            return Optional.of(new StoreUpdates(1, Instant.EPOCH, Instant.EPOCH, ""));
        }
    }

    /** Writes a note with no change yet unless there is one: said before a change is attempted, so a crash cannot hide it. */
    public static synchronized void mark(Path storeDir, String user) {
        if (of(storeDir).isEmpty()) {
            Instant now = Instant.now();
            write(storeDir, new StoreUpdates(0, now, now, user));
        }
    }

    /** Adds one change by {@code user} to the note of {@code storeDir} (written beside, then renamed in). */
    public static synchronized StoreUpdates record(Path storeDir, String user) {
        Instant now = Instant.now();
        StoreUpdates next = of(storeDir).map(u -> new StoreUpdates(u.count + 1, u.first, now, user))
                .orElse(new StoreUpdates(1, now, now, user));
        write(storeDir, next);
        return next;
    }

    private static void write(Path storeDir, StoreUpdates next) {
        Properties p = new Properties();
        p.setProperty("updates", Long.toString(next.count));
        p.setProperty("first", next.first.toString());
        p.setProperty("last", next.last.toString());
        p.setProperty("lastUser", next.lastUser == null ? "" : next.lastUser);
        Path tmp = storeDir.resolve(FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "changes made through 'grpo-kg serve --allow-update'; 'grpo-kg build --discard-updates' replaces them");
            }
            try {
                Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record an update in " + storeDir, e);
        }
    }

    /** One line for people, e.g. "3 updates through the server (last 2026-12-02T05:00:00Z by alice)". */
    public String describe() {
        if (count == 0) {
            return "changes may have been made through the server (" + first + (lastUser == null || lastUser.isEmpty() ? "" : " by " + lastUser) + ")";
        }
        return count + (count == 1 ? " update" : " updates") + " made through the server (last " + last
                + (lastUser == null || lastUser.isEmpty() ? "" : " by " + lastUser) + ")";
    }
}
