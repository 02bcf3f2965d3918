package org.grpokg.server.lineage;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.grpokg.server.ld.LocalIris;

/**
 * Entries by month of {@code dcterms:issued}: a date ({@code 2025-03-07}) and a year-month
 * ({@code 2025-03}) fall in their month, a bare year ({@code 2025}) in a bucket of its own before
 * that year's months, and entries with no date (or one that is none of these) are listed apart.
 * Months between the first and the last with no entry are kept, empty, so gaps show. Read
 * with {@code server/timeline.rq}.
 */
public record Timeline(List<Period> periods, List<Item> undated) {

    /** An entry on the timeline; {@code date} is the issued value as written, or empty. */
    public record Item(String iri, String label, String title, String path, String date) {
        /** The full title when it says more than the label. */
        public String subtitle() {
            return title == null || title.equals(label) ? "" : title;
        }
    }

    /** A month ({@code key} 2025-03) or a year whose months are unknown ({@code key} 2025). */
    public record Period(String key, String label, List<Item> entries, int percent) {
        public int count() {
            return entries.size();
        }

        public boolean hasEntries() {
            return !entries.isEmpty();
        }
    }

    private static final ServedQuery QUERY = ServedQuery.load("timeline");
    private static final Pattern ISSUED = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-\\d{2})?(?:[T Z+-].*)?$");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    public static Timeline read(DatasetGraph dsg) {
        return of(QUERY.select(dsg, Timeline::item));
    }

    private static Item item(QuerySolution s) {
        String iri = s.getResource("entry").getURI();
        Literal title = s.getLiteral("title");
        Literal issued = s.getLiteral("issued");
        return new Item(iri, s.getLiteral("label").getLexicalForm(), title == null ? null : title.getLexicalForm(),
                LocalIris.localPath(iri), issued == null ? "" : issued.getLexicalForm());
    }

    /** Groups items (in date order; an entry's first row counts) into periods. */
    static Timeline of(List<Item> rows) {
        Set<String> seen = new LinkedHashSet<>();
        TreeMap<String, List<Item>> byKey = new TreeMap<>();
        List<Item> undated = new ArrayList<>();
        for (Item item : rows) {
            if (!seen.add(item.iri())) {
                continue;
            }
            String key = periodKey(item.date());
            if (key == null) {
                undated.add(item);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        fillEmptyMonths(byKey);
        int max = byKey.values().stream().mapToInt(List::size).max().orElse(1);
        List<Period> periods = new ArrayList<>();
        byKey.forEach((key, items) -> periods.add(new Period(key, label(key), List.copyOf(items), items.size() * 100 / Math.max(max, 1))));
        return new Timeline(List.copyOf(periods), List.copyOf(undated));
    }

    /** {@code 2025-03} for a date or year-month, {@code 2025} for a year, null for anything else. */
    static String periodKey(String issued) {
        Matcher m = ISSUED.matcher(issued);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? m.group(1) + "-" + m.group(2) : null;
    }

    private static void fillEmptyMonths(TreeMap<String, List<Item>> byKey) {
        List<YearMonth> months = byKey.keySet().stream().filter(k -> k.length() == 7).map(YearMonth::parse).toList();
        if (months.isEmpty()) {
            return;
        }
        for (YearMonth m = months.get(0); m.isBefore(months.get(months.size() - 1)); m = m.plusMonths(1)) {
            byKey.putIfAbsent(m.toString(), new ArrayList<>());
        }
    }

    private static String label(String key) {
        return key.length() == 7 ? YearMonth.parse(key).format(MONTH) : key + ", month not known";
    }

    public int datedCount() {
        return periods.stream().mapToInt(Period::count).sum();
    }
}
