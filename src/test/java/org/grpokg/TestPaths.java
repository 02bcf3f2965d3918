package org.grpokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths the tests share: the repository's folders and fresh temporary folders under target/tmp. */
public final class TestPaths {

    public static final Path DATA = Path.of("data");
    public static final Path QUERIES = Path.of("queries");
    public static final Path ONTOLOGY = Path.of("ontology");

    private TestPaths() {
    }

    /** A new empty folder under target/tmp (surefire points java.io.tmpdir there). */
    public static Path tempDir(String prefix) {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of data/ in a temporary folder, for tests that break it. */
    public static Path copyOfData() {
        Path dir = tempDir("data-");
        try (var files = Files.walk(DATA)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(DATA.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
