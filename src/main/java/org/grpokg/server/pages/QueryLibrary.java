package org.grpokg.server.pages;

import java.io.IOException;
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
import java.util.stream.Stream;


/**
 * The query library ({@code queries/NN-slug.rq}) with each file's header ({@code #+ summary:},
 * {@code #+ question:}, {@code #+ tags:}). Read from the checkout's {@code queries/} folder (the
 * project home, {@code -Dgrpokg.home}) when there is one, else from the copy built into the jar.
 */
public final class QueryLibrary {

    public record Entry(String file, String summary, String question, String tags, String text) {
    }

    private QueryLibrary() {
    }

    /** The query files the tool was built with (Maven copies {@code queries/*.rq} onto the classpath, as it does the ontology). */
    public static List<Entry> load() {
        URL inJar = QueryLibrary.class.getClassLoader().getResource("queries");
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

    static List<Entry> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Entry> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entry parse(String file, String text) {
        return new Entry(file, header(text, "summary"), header(text, "question"), header(text, "tags"), text);
    }

    private static String header(String text, String key) {
        String prefix = "#+ " + key + ":";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .findFirst().orElse("");
    }
}
