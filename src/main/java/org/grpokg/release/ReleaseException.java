package org.grpokg.release;

/** A release that cannot be made as asked (the folder exists, the previous release is unreadable). */
public final class ReleaseException extends RuntimeException {

    public ReleaseException(String message) {
        super(message);
    }
}
