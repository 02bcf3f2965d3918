package org.grpokg.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.grpokg.model.SourcePosition;

/**
 * The line of every value in a YAML file, by JSON Pointer ({@code /sources/2/url}), as the YAML
 * parser reports it: errors found after binding name the line the value is really on.
 */
final class YamlPositions {

    private static final YAMLFactory FACTORY = EntryFactsReader.FACTORY;

    private final Path path;
    private final String file;
    /** The text, when the caller has it; else the file is read. */
    private String text;
    /** Read on the first question: most files have no error, and then no second parse is paid. */
    private Map<String, Integer> lines;

    private YamlPositions(Path path) {
        this.path = path;
        this.file = path.toString();
    }

    /** The positions of a file that has already been bound (so it parses); read when first asked. */
    static YamlPositions of(Path file) {
        return new YamlPositions(file);
    }

    /** The positions of a file whose text has been read already. */
    static YamlPositions of(Path file, String text) {
        YamlPositions p = new YamlPositions(file);
        p.text = text;
        return p;
    }

    private static Map<String, Integer> read(Path file, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (Reader in = text != null ? new java.io.StringReader(text) : Files.newBufferedReader(file);
             JsonParser p = FACTORY.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                // the pointer of a value; for a container's start, the container itself
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException e) {
            // positions are a help for messages: without them, messages name the file alone
        }
        return lines;
    }

    /** The position of the value at {@code pointer}, else of its nearest enclosing value, else the file. */
    SourcePosition at(String pointer) {
        if (lines == null) {
            lines = read(path, text);
        }
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null && line > 0) {
                return new SourcePosition(file, line);
            }
            if (p.isEmpty()) {
                return new SourcePosition(file, 0);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The position of the file's first line. */
    SourcePosition start() {
        return new SourcePosition(file, 1);
    }
}
