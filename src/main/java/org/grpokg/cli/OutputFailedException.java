package org.grpokg.cli;

import java.io.IOException;

/** Output could not be written (disk full, device error, pipe closed): exit {@link ExitCodes#OUTPUT_FAILED}. */
final class OutputFailedException extends RuntimeException {

    OutputFailedException(String name, IOException cause) {
        super("cannot write " + name + ": " + reason(cause), cause);
    }

    /**
     * The reader of a pipe went away ({@code grpo-kg query 00 | head -1}): as GNU tools killed by
     * SIGPIPE, the command stops quietly with a non-zero exit.
     */
    boolean brokenPipe() {
        return getCause().getMessage() != null && getCause().getMessage().contains("Broken pipe");
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
