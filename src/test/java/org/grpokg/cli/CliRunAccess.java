package org.grpokg.cli;

/** The in-process command line for tests in other packages: the exit code of one run. */
public final class CliRunAccess {

    private CliRunAccess() {
    }

    public static int run(String... args) {
        CliRun r = CliRun.of(args);
        if (r.code() != 0) {
            System.err.println(r.err());
        }
        return r.code();
    }
}
