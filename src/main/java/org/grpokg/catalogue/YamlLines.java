package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.grpokg.model.SourcePosition;

/**
 * The lines of a YAML file, to put a line number on errors found after Jackson has bound the
 * file (Jackson's tree keeps no positions): the first line holding a telling piece of text.
 */
final class YamlLines {

    private final Path file;
    private final List<String> lines;

    YamlLines(Path file) {
        this.file = file;
        List<String> read;
        try {
            read = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            read = List.of();
        }
        this.lines = read;
    }

    /** The position of the first line containing the first of {@code needles} found; the file alone when none is. */
    SourcePosition at(String... needles) {
        for (String needle : needles) {
            if (needle == null || needle.isBlank()) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return new SourcePosition(file.toString(), i + 1);
                }
            }
        }
        return new SourcePosition(file.toString(), 0);
    }

    /** The position of the first empty list item ({@code -} or {@code - ~}) after the line of {@code key:}. */
    SourcePosition emptyItemUnder(String key) {
        int start = at(key + ":").line();
        for (int i = Math.max(start, 1); i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*-\\s*(~|null)?\\s*(#.*)?")) {
                return new SourcePosition(file.toString(), i + 1);
            }
        }
        return new SourcePosition(file.toString(), start);
    }
}
