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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * A SHA-256 over the build's inputs (data files and the ontology resources). A store is fresh
 * when its recorded fingerprint equals the current one: content decides, not file times, so a
 * fresh clone or a touched file does not rebuild for nothing and an edit is never missed. The
 * {@link InputStamps} of the previous check spare reading files that have not changed since.
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

    /**
     * The most files whose records a check keeps (about 1 KB of heap each, written out as one
     * text): a quarter of the heap at most, so that a catalogue of a million entry files still
     * builds in 512 MB (decision 0019). Past it, records are not kept and every check reads every
     * file, as before decision 0020.
     */
    static final long MAX_RECORDS = Runtime.getRuntime().maxMemory() / 4 / 1024;

    /** The fingerprint and what the check saw of each file (kept for the next check). */
    public record Result(String value, InputStamps stamps, int filesRead) {
    }

    /** The fingerprint of {@code files} (under {@code base}) and {@code classpathResources}, reading every file. */
    public static String of(Path base, Iterable<Path> files, List<String> classpathResources) {
        return of(base, files, classpathResources, InputStamps.none()).value();
    }

    /**
     * The fingerprint, reading only the files that {@code previous} does not vouch for (changed
     * size, time or identity, or modified too close to that check: see {@link InputStamps}). The
     * value is a SHA-256 over each file's path and the SHA-256 of its content, then the resources.
     * A path that is not a regular file (or no longer there) is left out, told by the same
     * {@code stat} that gives its record: each file is looked at once.
     */
    public static Result of(Path base, Iterable<Path> files, List<String> classpathResources, InputStamps previous) {
        long checked = InputStamps.now();
        String baseText = base.toAbsolutePath().normalize().toString();
        String separator = base.getFileSystem().getSeparator();
        String prefix = baseText.endsWith(separator) ? baseText : baseText + separator;
        String parentStep = separator + "..";
        MessageDigest md = sha256();
        Map<String, InputStamps.Stamp> seen = new LinkedHashMap<>();
        int read = 0;
        for (Path f : files) {
            String hash;
            String relative;
            try {
                // the times before the content: an edit while reading leaves a later time, seen next time
                InputStamps.Stamp now = InputStamps.statIfFile(f);
                if (now == null) {
                    continue; // not an input file (a folder named x.yaml, a file removed since the listing)
                }
                String full = f.toString();
                // a path made under the base (as the data folder's listing makes them) gives its relative form by a cut
                relative = full.startsWith(prefix) && full.length() > prefix.length() && full.indexOf(parentStep) < 0
                        ? full.substring(prefix.length()) : base.relativize(f.toAbsolutePath()).toString();
                Optional<String> known = previous.hashIfUnchanged(baseText, relative, now);
                if (known.isPresent()) {
                    hash = known.get();
                } else {
                    hash = HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f)));
                    read++;
                }
                if (seen != null) {
                    seen.put(relative, now.withHash(hash));
                    if (seen.size() > MAX_RECORDS) {
                        seen = null; // too many to keep in this heap: the next check reads every file again
                    }
                }
            } catch (IOException e) {
                throw new UnreadableInput(f, e);
            }
            md.update(relative.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(hash.getBytes(StandardCharsets.US_ASCII));
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
        return new Result(HexFormat.of().formatHex(md.digest()), seen == null ? InputStamps.none() : new InputStamps(baseText, checked, seen), read);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
