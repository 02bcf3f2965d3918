package org.grpokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;


/**
 * A SHA-256 over the build's inputs (data files and the ontology resources). A store is fresh
 * when its recorded fingerprint equals the current one: content decides, not file times, so a
 * fresh clone or a touched file does not rebuild for nothing and an edit is never missed.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** An input file that could not be read; the caller knows what kind of input it is. */
    public static final class UnreadableInput extends UncheckedIOException {
        private final transient Path file;

        UnreadableInput(Path file, IOException cause) {
            super("cannot read: " + cause.getMessage(), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    public static String of(Path base, Iterable<Path> files, List<String> classpathResources) {
        MessageDigest md = sha256();
        for (Path f : files) {
            md.update(base.relativize(f.toAbsolutePath()).toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try {
                md.update(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UnreadableInput(f, e);
            }
            md.update((byte) 0);
        }
        for (String r : classpathResources) {
            md.update(r.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(r)) {
                if (in != null) {
                    md.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
