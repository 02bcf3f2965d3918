package org.grpokg.cli;

/** A user's mistake a command detected itself, with the exit code it deserves. */
class UserException extends RuntimeException {

    private final int exitCode;

    UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
