package org.grpokg.model;

/** Where something was read: a file (as given by the user) and a 1-based line, 0 when unknown. */
public record SourcePosition(String file, int line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
