package org.grpokg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of a store folder: one TDB2 database per build, in a generation folder
 * ({@code gen-000001}, {@code gen-000002}, ...), and the file {@value #CURRENT} naming the live
 * one. A build writes a new generation beside the live one and switches {@value #CURRENT} with
 * one atomic rename, so at every instant the store path holds a complete store, and a reader
 * that opened the old generation keeps reading it. A folder of the older layout (the TDB2
 * database directly in the store folder, with its marker) still reads as its own generation.
 * See docs/decisions/0016-store-generations-and-streaming-build.md.
 */
final class Generations {

    static final String CURRENT = "current";
    static final String PREFIX = "gen-";
    private static final Pattern NAME = Pattern.compile("gen-(\\d{6,})");

    private Generations() {
    }

    /** The live generation's folder: the one {@value #CURRENT} names, else the folder itself in the older layout. */
    static Optional<Path> current(Path dir) {
        Path pointer = dir.resolve(CURRENT);
        if (Files.isRegularFile(pointer)) {
            try {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
                if (NAME.matcher(name).matches() && Files.isDirectory(dir.resolve(name))) {
                    return Optional.of(dir.resolve(name));
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        return Files.isRegularFile(dir.resolve(KgStore.MARKER)) ? Optional.of(dir) : Optional.empty();
    }

    /** Every generation folder in {@code dir}, live or not. */
    static List<Path> all(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> NAME.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).sorted().forEach(out::add);
        }
        return out;
    }

    /** The folder for the next generation: one past the highest number present. */
    static Path next(Path dir) throws IOException {
        long max = 0;
        for (Path g : all(dir)) {
            Matcher m = NAME.matcher(g.getFileName().toString());
            if (m.matches()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return dir.resolve(String.format("%s%06d", PREFIX, max + 1));
    }

    /**
     * Makes {@code generation} the live one: writes its name to a temporary file, forces it to
     * disk and renames it over {@value #CURRENT} (rename(2) replaces atomically).
     */
    static void point(Path dir, Path generation) throws IOException {
        Path tmp = dir.resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap((generation.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("the file system of " + dir + " cannot rename atomically", e);
        }
    }
}
