package org.grpokg.query;

/** A running server's answer that could not be read to its end: an error, never a shorter result. */
public final class BrokenAnswerException extends RuntimeException {

    BrokenAnswerException(RuntimeException cause) {
        super("the running server's answer broke off or was malformed: no result ("
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip().lines().findFirst().orElse("")) + ")",
                cause);
    }
}
