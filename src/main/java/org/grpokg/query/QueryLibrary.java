package org.grpokg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


/**
 * The query library ({@code queries/NN-slug.rq}) with each file's header (see {@link LibraryQuery}).
 * Read from the classpath: Maven copies {@code queries/*.rq} into the jar, so the command line and
 * the server run the queries the tool was built with.
 */
public final class QueryLibrary {

    /** The library as it was read, in file order. */
    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public List<LibraryQuery> queries() {
        return queries;
    }

    /** The query a number ({@code 03}), slug ({@code base-models}) or file name names. */
    public Optional<LibraryQuery> find(String key) {
        return queries.stream().filter(q -> q.isNamed(key)).findFirst();
    }

    /** The library built into the tool (the classpath's {@code queries/}). */
    public static QueryLibrary builtIn() {
        return new QueryLibrary(load());
    }

    /** The library of a folder, {@code queries/} of a checkout. */
    public static QueryLibrary of(Path folder) {
        return new QueryLibrary(read(folder));
    }

    /** The names of the library's files, one a line, written beside them by the build (pom.xml, {@code query-index}). */
    static final String INDEX = "queries/index.txt";

    /**
     * The query files the tool was built with (Maven copies {@code queries/*.rq} onto the classpath,
     * as it does the ontology). Found by the build's index of their names: listing a folder of the
     * jar opens it as a file system, which reads the directory of all its 30,000 entries (about 5 %
     * of serve's start, decision 0026). Without the index (a classpath not built by Maven), the folder is listed.
     */
    public static List<LibraryQuery> load() {
        ClassLoader loader = QueryLibrary.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index != null) {
                return fromIndex(loader, new String(index.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URL inJar = loader.getResource("queries");
        if (inJar == null) {
            return List.of();
        }
        try {
            URI uri = inJar.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return read(fs.provider().getPath(uri));
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
    }

    /** The queries the index names, in file order; a name without its file is an error of the build. */
    static List<LibraryQuery> fromIndex(ClassLoader loader, String index) throws IOException {
        List<String> names = index.lines().map(String::strip).filter(n -> n.endsWith(".rq")).sorted().toList();
        List<LibraryQuery> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream("queries/" + name)) {
                if (in == null) {
                    throw new IOException(INDEX + " names " + name + ", which is not on the classpath");
                }
                out.add(LibraryQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static List<LibraryQuery> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<LibraryQuery> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(LibraryQuery.parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
