package org.grpokg.compare;

/** A comparison asked for something the graph has no name for (an unknown facet or value): a user's mistake. */
public final class CompareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CompareException(String message) {
        super(message);
    }
}
