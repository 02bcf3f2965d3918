package org.grpokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with captured output: picocli's writers and System.out. */
record CliRun(int code, String out, String err) {

    static synchronized CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            System.out.flush();
            return new CliRun(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
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
