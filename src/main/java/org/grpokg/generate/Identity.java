package org.grpokg.generate;

import java.time.LocalDate;
import java.util.Random;

/**
 * What the catalogue lists of generated entry {@code i}: its kind, date, key and repository.
 * A pure function of the seed, the number of entries and {@code i}, so that any entry can name
 * any other (lineage, duplicates) without the generator holding the catalogue in memory.
 * Entry 0 is the newest; dates fall back evenly over about two and a half years.
 */
record Identity(int index, Kind kind, LocalDate date, String arxiv, String repo) {

    /** How an entry is listed. */
    enum Kind {
        /** A row of the papers table. */
        PAPER,
        /** A bullet under "Repositories Only". */
        REPOSITORY,
        /** A repository-only bullet for the code of the paper listed just before it: the same work twice. */
        DUPLICATE,
        /** A bullet under "Surveys". */
        SURVEY,
        /** Not in catalogue.md: an entry file with a {@code listing:} block, as {@code grpo-kg import} writes. */
        IMPORTED
    }

    /** The repository of the oldest entry, the hub of the lineage (query 02 and 15's default). */
    static final String OLDEST_REPOSITORY = "Deep-Agent/R1-V";
    static final LocalDate NEWEST = LocalDate.of(2026, 6, 30);
    static final int SPAN_DAYS = 900;

    /** The entry's key as entry files and {@code buildsOn} write it: arXiv id, else owner/name. */
    String key() {
        return arxiv != null ? arxiv : repo;
    }

    static Identity of(long seed, int entries, int i) {
        Random rnd = random(seed, i, 0);
        double r = rnd.nextDouble();
        Kind kind = r < 0.80 ? Kind.PAPER : r < 0.90 ? Kind.REPOSITORY : r < 0.91 ? Kind.DUPLICATE : r < 0.95 ? Kind.SURVEY : Kind.IMPORTED;
        LocalDate date = NEWEST.minusDays((long) i * SPAN_DAYS / Math.max(1, entries));
        if (i == entries - 1 && entries > 1) {
            // the oldest entry, the most built-upon code base, is the one the library's lineage queries name by default
            return new Identity(i, Kind.REPOSITORY, date, null, OLDEST_REPOSITORY);
        }
        if (kind == Kind.DUPLICATE) {
            Identity previous = i > 0 ? of(seed, entries, i - 1) : null;
            if (previous != null && previous.kind == Kind.PAPER && previous.repo != null) {
                return new Identity(i, kind, date, null, previous.repo);
            }
            kind = Kind.REPOSITORY;
        }
        // arXiv numbers: entries of one month are consecutive indices, fewer than 99,999 of them (see GenerateCommand's cap)
        String arxiv = kind == Kind.REPOSITORY ? null
                : String.format("%02d%02d.%05d", date.getYear() % 100, date.getMonthValue(), 1 + i % 99_999);
        boolean hasRepo = kind == Kind.REPOSITORY || (kind != Kind.SURVEY && rnd.nextDouble() < 0.8);
        String repo = hasRepo ? Words.owner(rnd, entries) + "/" + Words.repoName(rnd) + "-" + Integer.toString(i, 36) : null;
        return new Identity(i, kind, date, arxiv, repo);
    }

    /** A random stream for entry {@code i}, one per purpose, independent of every other entry's. */
    static Random random(long seed, int i, int purpose) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
