package org.grpokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the last freshness check saw of each input file: size, modification and change times,
 * file identity and the SHA-256 of its content. A later check re-reads a file only when one of
 * these differs, or when the file was modified too close to that check to be trusted (below), so
 * content still decides: a touched file is hashed again and, unchanged, rebuilds nothing; an
 * edited file changes size or a time, or was racy. Kept in the store generation ({@value #FILE}).
 *
 * <p>Racy files: a file system stores times with some granularity (1 ns on ext4, but updated
 * from a clock that ticks every few milliseconds; 1 s or 2 s on others), so a file edited in the
 * same tick as a check, keeping its size, could look unchanged. As Git does with its index, a
 * record is trusted only if the file's times are older than the check by at least
 * {@link #RACY_MARGIN}: a file modified later than that was hashed again by the next check
 * anyway, and a modification after a check gives a time no earlier than the check, hence different
 * from any trusted one. See docs/decisions/0020-fast-serve-start.md.
 */
public final class InputStamps {

    /** The file in a generation folder. */
    public static final String FILE = "grpo-kg-inputs.tsv";

    /** How much older than the check a file's times must be for its record to be trusted. */
    public static final Duration RACY_MARGIN = Duration.ofSeconds(5);

    private static final String HEADER = "# grpo-kg input stamps v1";

    /** One file as seen: {@code sha256} is null until its content is read. */
    public record Stamp(long size, long modifiedNanos, long changedNanos, String key, String sha256) {
        Stamp withHash(String hash) {
            return new Stamp(size, modifiedNanos, changedNanos, key, hash);
        }

        boolean sameFile(Stamp other) {
            return size == other.size && modifiedNanos == other.modifiedNanos && changedNanos == other.changedNanos
                    && key.equals(other.key);
        }
    }

    private static final InputStamps NONE = new InputStamps("", 0, Map.of());

    private final String base;
    private final long checkedNanos;
    private final Map<String, Stamp> byPath;

    InputStamps(String base, long checkedNanos, Map<String, Stamp> byPath) {
        this.base = base;
        this.checkedNanos = checkedNanos;
        this.byPath = Map.copyOf(byPath);
    }

    /** No records: every file is read. */
    public static InputStamps none() {
        return NONE;
    }

    /** The time the check that made these records started, in nanoseconds since the epoch. */
    public long checkedNanos() {
        return checkedNanos;
    }

    /**
     * The hash recorded for {@code relative} under {@code base}, if the file is as recorded and
     * its times are older than the check by at least the margin.
     */
    Optional<String> hashIfUnchanged(String base, String relative, Stamp now) {
        Stamp then = byPath.get(relative);
        if (then == null || then.sha256() == null || !this.base.equals(base) || !then.sameFile(now)) {
            return Optional.empty();
        }
        long trustedBefore = checkedNanos - RACY_MARGIN.toNanos();
        if (now.modifiedNanos() >= trustedBefore || now.changedNanos() >= trustedBefore) {
            return Optional.empty();
        }
        return Optional.of(then.sha256());
    }

    /** The records by path relative to the data folder. */
    Map<String, Stamp> records() {
        return byPath;
    }

    /** True when {@code other} holds the same records (the check that made it read no file). */
    boolean sameRecords(InputStamps other) {
        return base.equals(other.base) && byPath.equals(other.byPath);
    }

    /** The size, times and identity of {@code file} (one {@code stat}). */
    static Stamp stat(Path file) throws IOException {
        Stamp s = statIfFile(file);
        if (s == null) {
            throw new IOException("not a regular file: " + file);
        }
        return s;
    }

    /** The file type bits of {@code st_mode} and the type of a regular file. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;

    /**
     * The size, times and identity of {@code file} from one {@code stat} (following links, as
     * {@link Files#isRegularFile} does); null when it is not a regular file or no longer there.
     */
    static Stamp statIfFile(Path file) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:mode,size,lastModifiedTime,ctime,dev,ino");
            if (((Integer) a.get("mode") & S_IFMT) != S_IFREG) {
                return null;
            }
            return new Stamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")),
                    a.get("dev") + ":" + a.get("ino"), null);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException gone) {
                return null;
            }
            return a.isRegularFile() ? new Stamp(a.size(), nanos(a.lastModifiedTime()), -1, String.valueOf(a.fileKey()), null) : null;
        }
    }

    static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return TimeUnit.SECONDS.toNanos(i.getEpochSecond()) + i.getNano();
    }

    static long now() {
        Instant i = Instant.now();
        return TimeUnit.SECONDS.toNanos(i.getEpochSecond()) + i.getNano();
    }

    /** The records kept in {@code generation}; none when there are none or they cannot be read. */
    public static InputStamps readFrom(Path generation) {
        try {
            List<String> lines = Files.readAllLines(generation.resolve(FILE), StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals("end")) {
                return NONE;
            }
            String[] head = lines.get(1).split("\t", -1);
            Map<String, Stamp> byPath = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size() - 1)) {
                // six fields, the path last (it may hold a tab); cut by hand: String.split took a sixth of a check of 10,000 files
                int[] at = new int[5];
                int from = 0;
                for (int i = 0; i < 5; i++) {
                    at[i] = line.indexOf('\t', from);
                    if (at[i] < 0) {
                        return NONE;
                    }
                    from = at[i] + 1;
                }
                byPath.put(line.substring(at[4] + 1), new Stamp(Long.parseLong(line, at[0] + 1, at[1], 10),
                        Long.parseLong(line, at[1] + 1, at[2], 10), Long.parseLong(line, at[2] + 1, at[3], 10),
                        line.substring(at[3] + 1, at[4]), line.substring(0, at[0])));
            }
            return new InputStamps(head[1], Long.parseLong(head[0]), byPath);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Writes the records into {@code generation} (beside, then renamed in one step). */
    public void writeInto(Path generation) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append(checkedNanos).append('\t').append(base).append('\n');
        byPath.forEach((path, s) -> sb.append(s.sha256()).append('\t').append(s.size()).append('\t').append(s.modifiedNanos())
                .append('\t').append(s.changedNanos()).append('\t').append(s.key()).append('\t').append(path).append('\n'));
        sb.append("end\n");
        Path target = generation.resolve(FILE);
        Path tmp = generation.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
