package org.grpokg.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.grpokg.model.SourcePosition;

/**
 * The YAML files of a folder in the order {@link DataReader#yamlFiles} gives them (hidden files
 * and non-files left out), their names held in one byte array: a million files cost about 20 MB
 * here, where a list of {@code Path}s costs several times that. Each {@code Path} is made as it is
 * visited. Names are ordered by their UTF-8 bytes, as {@code Path} orders file names on Linux.
 */
final class SortedNames implements Iterable<Path> {

    private final Path dir;
    private final CompactStrings names;
    private final int[] order;

    private SortedNames(Path dir, CompactStrings names) {
        this.dir = dir;
        this.names = names;
        this.order = names.sortedOrder();
    }

    /** The YAML files of {@code dir}; none when it is not a folder. */
    static SortedNames of(Path dir) {
        return of(dir, true);
    }

    /**
     * The YAML names of {@code dir}; with {@code onlyFiles} false, names of non-files are kept
     * (no {@code stat} per name: the caller looks at each file itself).
     */
    static SortedNames of(Path dir, boolean onlyFiles) {
        CompactStrings names = new CompactStrings();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    if (DataReader.isYamlName(name) && (!onlyFiles || Files.isRegularFile(p))) {
                        names.add(name);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new CatalogueException(new SourcePosition(dir.toString(), 0), "cannot list: " + e.getMessage());
            }
        }
        return new SortedNames(dir, names);
    }

    int size() {
        return order.length;
    }

    /** The {@code i}-th name in order. */
    String name(int i) {
        return names.get(order[i]);
    }

    Path path(int i) {
        return dir.resolve(name(i));
    }

    @Override
    public Iterator<Path> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.length;
            }

            @Override
            public Path next() {
                if (next >= order.length) {
                    throw new NoSuchElementException();
                }
                return path(next++);
            }
        };
    }
}
