package org.grpokg.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.grpokg.build.BuildProgress;

/**
 * Shows a long build's progress on stderr: on a terminal a bar redrawn in place with the rate
 * and the time left; otherwise (a log, a pipe) a plain line every {@value #LINE_EVERY_S} seconds.
 * Nothing for a build that ends within {@value #QUIET_S} seconds.
 */
final class ProgressLine implements BuildProgress {

    static final int QUIET_S = 3;
    static final int LINE_EVERY_S = 5;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastShown;
    /** When the first entries were counted: reading the data before that is not part of the rate. */
    private long counting = -1;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** On the process's stderr, as a bar when stderr and stdin are a terminal. */
    static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void update(long entries, long total, long quads) {
        long now = System.nanoTime();
        if (counting < 0) {
            counting = now;
        }
        if ((now - start) / 1e9 < QUIET_S || now - lastShown < (terminal ? 200_000_000L : LINE_EVERY_S * 1_000_000_000L)) {
            return;
        }
        lastShown = now;
        err.print(text(entries, total, quads, (now - counting) / 1e9, terminal));
        err.flush();
        drawn = true;
    }

    @Override
    public void stage(String what) {
        if ((System.nanoTime() - start) / 1e9 >= QUIET_S) {
            err.print(terminal ? "\r\033[K" + "grpo-kg: " + what + " ..." : "grpo-kg: " + what + " ...\n");
            err.flush();
            drawn = true;
        }
    }

    @Override
    public void finish() {
        if (drawn && terminal) {
            err.println();
            err.flush();
        }
    }

    /** The bar or line for a state of the build. */
    static String text(long entries, long total, long quads, double seconds, boolean terminal) {
        double rate = seconds > 0 ? entries / seconds : 0;
        String eta = rate > 0 && total > entries ? duration((total - entries) / rate) : "-";
        int pct = total > 0 ? (int) (100 * entries / total) : 100;
        if (terminal) {
            int filled = (int) ((long) WIDTH * pct / 100);
            return String.format(Locale.ROOT, "\r\033[Kbuild [%s%s] %3d%% %,d/%,d entries, %,d quads, %,.0f entries/s, ETA %s",
                    "=".repeat(filled), " ".repeat(WIDTH - filled), pct, entries, total, quads, rate, eta);
        }
        return String.format(Locale.ROOT, "grpo-kg: build: %,d of %,d entries (%d%%), %,d quads, %,.0f entries/s, about %s left%n",
                entries, total, pct, quads, rate, eta);
    }

    private static String duration(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
