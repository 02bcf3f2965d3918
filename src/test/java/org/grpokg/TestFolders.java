package org.grpokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary folders under {@code java.io.tmpdir} as surefire sets it (target/tmp): JUnit's
 * {@code @TempDir} resolves its root before that property is set and would write to /tmp.
 */
public final class TestFolders {

    private TestFolders() {
    }

    public static Path newFolder(String prefix) {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(root);
            return Files.createTempDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
