package org.grpokg.catalogue.facets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.grpokg.catalogue.ImportedEntry;
import org.grpokg.model.Entry;
import org.grpokg.model.Fact;
import org.grpokg.model.Listing;
import org.grpokg.model.Source;

/**
 * Gives imported entries the facts their lists state: each list is a source of the entry file
 * (named by its file), each listing's facet cells and headings are mapped by {@link FacetMapper},
 * and what matched nothing is reported, one line each. Counts what it mapped, for the summary.
 */
public final class FacetImport {

    private final FacetMapper mapper;
    private final Consumer<String> report;
    private int cells;
    private int mappedCells;
    private int facts;
    private int problems;
    /** Problem lines shown before the rest are only counted (a huge list would flood the report). */
    static final int SHOWN = 300;

    public FacetImport(FacetMapper mapper, Consumer<String> report) {
        this.mapper = mapper;
        this.report = report;
    }

    /** The source a list is for the facts it states: id from its file name, the file as given. */
    public static Source source(String file) {
        String name = Path.of(file).getFileName().toString();
        String id = name.replaceFirst("(?i)\\.(md|markdown)$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return new Source(id.isEmpty() ? "list" : id, null, "the list " + name, file);
    }

    /** The entry with every listing of it, its lists as sources and the facts they state. */
    public ImportedEntry of(Entry entry, List<Listing> listings) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<Facet, Map<String, Fact>> all = new EnumMap<>(Facet.class);
        for (Listing l : listings) {
            Source s = source(l.source().file());
            ListedFacets found = mapper.map(l, s.id());
            for (FacetProblem p : found.problems()) {
                problems++;
                if (problems <= SHOWN) {
                    report.accept(p.toString());
                } else if (problems == SHOWN + 1) {
                    report.accept("(further facet values that match nothing are counted, not shown)");
                }
            }
            for (ListedFacets.Cell c : found.cells()) {
                cells++;
                mappedCells += c.mapped() ? 1 : 0;
            }
            found.facts().forEach((f, list) -> {
                for (Fact x : list) {
                    all.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(x.value() + "\u0000" + x.source(), x);
                }
            });
            if (!found.isEmpty()) {
                sources.putIfAbsent(s.id(), s);
            }
        }
        Map<Facet, List<Fact>> out = new EnumMap<>(Facet.class);
        all.forEach((f, byKey) -> {
            out.put(f, new ArrayList<>(byKey.values()));
            facts += byKey.size();
        });
        return new ImportedEntry(entry, listings, new ArrayList<>(sources.values()), out);
    }

    /** "facets: 120 facts; 88 of 97 cells of facet columns mapped (91%); 14 values reported". */
    public String summary() {
        return "facets: " + facts + " facts; " + mappedCells + " of " + cells + " cells of facet columns mapped"
                + (cells == 0 ? "" : " (" + Math.round(100.0 * mappedCells / cells) + "%)") + "; " + problems + " values reported";
    }
}
