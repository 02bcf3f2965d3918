package org.grpokg.stats;

import java.util.List;

/** One section of the statistics: a heading and its counts, in the order they are shown. */
public record Tally(String heading, List<Count> counts) {

    public record Count(String label, long n) {
    }

    public Tally {
        counts = List.copyOf(counts);
    }
}
