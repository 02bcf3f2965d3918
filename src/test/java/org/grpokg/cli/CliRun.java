package org.grpokg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process on streams of its own, and keeps what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = Main.commandLine(out, err);
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard error as lines. */
    java.util.List<String> errLines() {
        return err.lines().toList();
    }

    /** The error output, which a user's mistake keeps to one line. */
    String errLine() {
        return err.strip();
    }
}
