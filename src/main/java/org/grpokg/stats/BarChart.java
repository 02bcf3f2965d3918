package org.grpokg.stats;

import java.util.List;

/**
 * Tallies as plain text bar charts for a terminal: per row the label (cut to {@value #LABEL_WIDTH}
 * characters), a bar of at most {@value #BAR_WIDTH} blocks scaled to the section's largest count
 * (at least one block for a count above zero), and the count.
 */
public final class BarChart {

    public static final int LABEL_WIDTH = 44;
    public static final int BAR_WIDTH = 30;

    private BarChart() {
    }

    /** {@code ascii}: '#' instead of the UTF-8 full block '█'. */
    public static String render(List<Tally> tallies, boolean ascii) {
        String block = ascii ? "#" : "\u2588";
        StringBuilder b = new StringBuilder();
        for (Tally t : tallies) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(t.heading()).append('\n');
            if (t.counts().isEmpty()) {
                b.append("  (none)\n");
                continue;
            }
            long max = t.counts().stream().mapToLong(Tally.Count::n).max().orElse(1);
            int width = Math.min(LABEL_WIDTH, t.counts().stream().mapToInt(c -> c.label().length()).max().orElse(0));
            for (Tally.Count c : t.counts()) {
                int len = max == 0 ? 0 : (int) Math.round((double) c.n() * BAR_WIDTH / max);
                if (c.n() > 0 && len == 0) {
                    len = 1;
                }
                b.append("  ").append(pad(cut(c.label(), width), width)).append("  ")
                        .append(block.repeat(len)).append(' ').append(c.n()).append('\n');
            }
        }
        return b.toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + (width > 0 ? "\u2026" : "");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
