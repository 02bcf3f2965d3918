package org.grpokg.render;

/** The graph cannot be written as a catalogue (no catalogue in it, an entry it cannot show). */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }
}
