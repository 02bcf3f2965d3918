package org.grpokg.catalogue.importer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import met, told as it goes: problems one a line (at most {@value #SHOWN_PER_KIND} of
 * each kind, so a huge file gives a readable report in bounded memory), progress lines for large
 * files, and at the end a summary per section. Writes to the report stream only (stderr in the CLI).
 */
public final class ImportReport {

    static final int SHOWN_PER_KIND = 50;
    static final int SHOWN_SECTIONS = 60;
    static final int PROGRESS_EVERY = 50_000;

    private final PrintWriter out;
    private final Map<ImportProblem.Kind, Integer> counts = new EnumMap<>(ImportProblem.Kind.class);
    private final Map<String, SectionCount> sections = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private int ignoredCount;
    private int tablesDescribed;
    private int entries;
    private int skipped;
    private int warnings;
    private long nextProgress = PROGRESS_EVERY;

    /** Per-section tally, shown in the summary. */
    private static final class SectionCount {
        final int line;
        final String layout;
        int entries;
        int skipped;

        SectionCount(int line, String layout) {
            this.line = line;
            this.layout = layout;
        }
    }

    public ImportReport(PrintWriter out) {
        this.out = out;
    }

    void problem(ImportProblem p) {
        problem(p, 1);
    }

    /** A problem that keeps {@code items} entries out (the rows of an unmapped table), or a warning. */
    void problem(ImportProblem p, int items) {
        int n = counts.merge(p.kind(), 1, Integer::sum);
        if (p.kind().skips()) {
            skipped += items;
        } else {
            warnings++;
        }
        if (n <= SHOWN_PER_KIND) {
            out.println(p.describe());
        } else if (n == SHOWN_PER_KIND + 1) {
            out.println(p.at().file() + ": (further '" + p.kind().label() + "' problems are counted, not shown)");
        }
    }

    void section(String key, int line, String layout) {
        sections.putIfAbsent(key, new SectionCount(line, layout));
    }

    void entryRead(String sectionKey) {
        entries++;
        SectionCount s = sections.get(sectionKey);
        if (s != null) {
            s.entries++;
        }
    }

    void entrySkipped(String sectionKey) {
        SectionCount s = sections.get(sectionKey);
        if (s != null) {
            s.skipped++;
        }
    }

    void ignoredSection(String heading, int line) {
        ignoredCount++;
        if (ignored.size() < SHOWN_SECTIONS) {
            ignored.add("'" + heading + "' (line " + line + ")");
        }
    }

    /** One line for a table whose header was not all understood: which columns were, and where the rest goes. */
    void columns(org.grpokg.model.SourcePosition at, String understood) {
        if (++tablesDescribed <= SHOWN_SECTIONS) {
            out.println(at + ": table columns: " + understood);
        }
    }

    /**
     * The closing measure: the distinct arXiv ids linked anywhere in the file, how many were read into
     * entries, and each one missed with the line that first links it (at most {@value ArxivCoverage#SHOWN_MISSED}).
     */
    void coverage(String file, ArxivCoverage.Result r) {
        out.printf("%s: arXiv coverage: %,d of %,d distinct arXiv ids linked in the file were read into entries (%s)%s%n",
                file, r.read(), r.linked(), r.percent(), r.missed().isEmpty() ? "" : "; not read:");
        int shown = 0;
        for (ArxivCoverage.Missed m : r.missed()) {
            if (++shown > ArxivCoverage.SHOWN_MISSED) {
                out.printf("  ... and %,d more%n", r.missed().size() - ArxivCoverage.SHOWN_MISSED);
                break;
            }
            out.printf("  %s:%d: arXiv %s: %s%n", file, m.line(), m.id(), m.text());
        }
        out.flush();
    }

    /** A progress line every {@value #PROGRESS_EVERY} lines, for files longer than that. */
    void progress(String file, long line, long total) {
        if (total <= PROGRESS_EVERY) {
            return;
        }
        while (line >= nextProgress) {
            out.printf("%s: line %,d of %,d (%d%%), %,d entries so far%n", file, nextProgress, total,
                    nextProgress * 100 / total, entries);
            out.flush();
            nextProgress += PROGRESS_EVERY;
        }
    }

    public int entries() {
        return entries;
    }

    public int skipped() {
        return skipped;
    }

    public int warnings() {
        return warnings;
    }

    /** How many problems of a kind were met. */
    public int count(ImportProblem.Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The closing summary: totals, then entries per section, then problems per kind. */
    void summary(String file, long lines) {
        out.printf("%s: %,d lines read: %,d %s, %,d skipped, %,d %s%n", file, lines, entries,
                entries == 1 ? "entry" : "entries", skipped, warnings, warnings == 1 ? "warning" : "warnings");
        int shown = 0;
        for (Map.Entry<String, SectionCount> e : sections.entrySet()) {
            SectionCount s = e.getValue();
            if (s.entries == 0 && s.skipped == 0) {
                continue;
            }
            if (++shown > SHOWN_SECTIONS) {
                out.printf("  ... and %,d more sections%n", sections.size() - SHOWN_SECTIONS);
                break;
            }
            out.printf("  %s (%s at line %d): %d read%s%n", e.getKey().isEmpty() ? "(no heading)" : e.getKey(),
                    s.layout, s.line, s.entries, s.skipped == 0 ? "" : ", " + s.skipped + " skipped");
        }
        if (ignoredCount > 0) {
            out.println("  not read (navigation or meta sections): " + String.join(", ", ignored)
                    + (ignoredCount > ignored.size() ? " and " + (ignoredCount - ignored.size()) + " more" : ""));
        }
        if (!counts.isEmpty()) {
            StringBuilder sb = new StringBuilder("  problems:");
            counts.forEach((k, n) -> sb.append(' ').append(k.label()).append(' ').append(n).append(','));
            sb.setLength(sb.length() - 1);
            out.println(sb);
        }
        out.flush();
    }
}
