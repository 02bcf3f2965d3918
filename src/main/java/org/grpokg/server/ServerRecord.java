package org.grpokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A note in the store folder saying which process serves it and where, so that {@code query}
 * and {@code export} can ask the running server instead of failing on the store's lock.
 */
public record ServerRecord(long pid, String baseUrl) {

    public static final String FILE = "grpo-kg-serve.properties";

    public void write(Path storeDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        startOf(pid).ifPresent(t -> p.setProperty("started", t));
        p.setProperty("url", baseUrl);
        try (OutputStream out = Files.newOutputStream(storeDir.resolve(FILE))) {
            p.store(out, "written by 'grpo-kg serve', removed when it stops");
        }
    }

    public static void remove(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException ignored) {
            // a stale record is ignored by readers because its process is gone
        }
    }

    /** The server of a store, if the record exists and its process is alive. */
    public static Optional<ServerRecord> find(Path storeDir) {
        Path f = storeDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            String url = p.getProperty("url");
            // the same pid and start time: after a crash a new process may reuse the pid
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    && (p.getProperty("started") == null || startOf(pid).map(p.getProperty("started")::equals).orElse(false));
            return alive && url != null ? Optional.of(new ServerRecord(pid, url)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> startOf(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()).map(Object::toString);
    }

    public String queryEndpoint() {
        return baseUrl + "kg/sparql";
    }

    public String graphStoreEndpoint() {
        return baseUrl + "kg/get";
    }
}
