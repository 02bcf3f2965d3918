package org.grpokg.catalogue;

import org.grpokg.model.SourcePosition;

/** Input under {@code data/} (or given by the user) that cannot be read: says where and why. */
public class CatalogueException extends RuntimeException {

    private final transient SourcePosition position;

    public CatalogueException(SourcePosition position, String message) {
        super(message);
        this.position = position;
    }

    public CatalogueException(SourcePosition position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }

    /** One line for the user: {@code file:line: message}. */
    public String describe() {
        return position == null ? getMessage() : position + ": " + getMessage();
    }
}
