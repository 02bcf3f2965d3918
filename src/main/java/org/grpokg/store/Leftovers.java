package org.grpokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what killed or finished builds left behind, while the build lock is held: generation
 * folders that are not live and that no live process has open, temporary pointer files, the
 * database files of the older layout once a generation has replaced them, and the hidden
 * {@code .STORE.new-PID} / {@code .STORE.old-PID} folders of older versions whose process is gone.
 */
final class Leftovers {

    private static final Pattern OLD_SIBLING = Pattern.compile("\\.(.+)\\.(new|old)-(\\d+)");
    private static final Pattern TMP_POINTER = Pattern.compile(Pattern.quote(Generations.CURRENT) + "\\.tmp-(\\d+)");

    private Leftovers() {
    }

    /** Cleans {@code dir} and its parent; returns how many leftovers it removed. */
    static int clean(Path dir) throws IOException {
        int removed = 0;
        Optional<Path> live = Generations.current(dir);
        for (Path g : Generations.all(dir)) {
            if (live.map(g::equals).orElse(false) || KgStore.inUse(g)) {
                continue;
            }
            KgStore.deleteTree(g);
            removed++;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Matcher m = TMP_POINTER.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        if (live.isPresent() && !live.get().equals(dir)) {
            removed += olderLayout(dir);
        }
        removed += oldSiblings(dir);
        return removed;
    }

    /** The database of the older layout in the store folder itself, once a generation is live. */
    private static int olderLayout(Path dir) throws IOException {
        if (KgStore.inUse(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("Data-") || n.equals("tdb.lock") || n.equals(KgStore.MARKER)
                        || n.equals(org.grpokg.search.SearchIndex.FOLDER)) {
                    KgStore.deleteTree(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** {@code .STORE.new-PID} and {@code .STORE.old-PID} beside the store, written by older versions. */
    private static int oldSiblings(Path dir) throws IOException {
        Path parent = dir.getParent();
        String name = dir.getFileName().toString();
        int removed = 0;
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.toList();
        }
        for (Path p : candidates) {
            Matcher m = OLD_SIBLING.matcher(p.getFileName().toString());
            if (m.matches() && m.group(1).equals(name) && Files.isDirectory(p) && !alive(Long.parseLong(m.group(3)))) {
                KgStore.deleteTree(p);
                removed++;
            }
        }
        return removed;
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
