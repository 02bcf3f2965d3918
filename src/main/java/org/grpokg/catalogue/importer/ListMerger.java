package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.grpokg.model.ArxivId;
import org.grpokg.model.Entry;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;

/**
 * Merges the entries of several lists into one entry per work: entries with the same arXiv id are
 * one, and an entry that names only a repository joins the paper that names the same repository
 * (when exactly one does), so an entry listed with both links merges with one listed with either.
 * Every listing is kept (which list, which line, title and date as listed), and each disagreement
 * between lists (two titles for one work, two dates) is reported, one line each.
 */
public final class ListMerger implements Consumer<Entry> {

    /** One work and every listing of it, in the order of the lists and their lines. */
    public record Merged(Entry entry, List<Listing> listings) {
    }

    private final List<Entry> read = new ArrayList<>();

    @Override
    public void accept(Entry e) {
        read.add(e);
    }

    /** The merged entries, in the order they were first listed; disagreements go to {@code report}. */
    public List<Merged> merge(Consumer<String> report) {
        Map<ArxivId, List<Entry>> papers = new LinkedHashMap<>();
        Map<RepoRef, List<ArxivId>> paperRepos = new LinkedHashMap<>();
        for (Entry e : read) {
            if (e.arxivId() != null) {
                papers.computeIfAbsent(e.arxivId(), k -> new ArrayList<>()).add(e);
                if (e.repo() != null) {
                    List<ArxivId> ids = paperRepos.computeIfAbsent(e.repo(), k -> new ArrayList<>());
                    if (!ids.contains(e.arxivId())) {
                        ids.add(e.arxivId());
                    }
                }
            }
        }
        Map<Object, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : read) {
            Object key;
            if (e.arxivId() != null) {
                key = e.arxivId();
            } else {
                List<ArxivId> ids = paperRepos.getOrDefault(e.repo(), List.of());
                if (ids.size() > 1) {
                    report.accept(e.source() + ": repository " + e.repo() + " is linked from " + ids.size()
                            + " papers (" + ids.stream().map(ArxivId::toString).reduce((a, b) -> a + ", " + b).orElse("")
                            + "): kept as an entry of its own");
                }
                key = ids.size() == 1 ? ids.get(0) : e.repo();
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Merged> merged = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            List<Entry> inOrder = group; // filled in the order read
            merged.add(new Merged(combine(inOrder), inOrder.stream().map(Entry::listing).toList()));
            disagreements(inOrder, report);
        }
        return merged;
    }

    /** The first listing, with the arXiv id and repository any listing of the group names. */
    private static Entry combine(List<Entry> group) {
        Entry first = group.get(0);
        ArxivId arxiv = group.stream().map(Entry::arxivId).filter(Objects::nonNull).findFirst().orElse(null);
        RepoRef repo = group.stream().map(Entry::repo).filter(Objects::nonNull).findFirst().orElse(null);
        return new Entry(first.kind(), arxiv, repo, first.listing());
    }

    private static void disagreements(List<Entry> group, Consumer<String> report) {
        Entry first = group.get(0);
        String key = (first.arxivId() != null ? first.arxivId().toString() : first.repo().toString());
        for (Entry other : group.subList(1, group.size())) {
            if (!title(other.title()).equals(title(first.title()))) {
                report.accept(other.source() + ": " + key + " is titled '" + other.title() + "' here and '" + first.title()
                        + "' at " + first.source());
            }
            if (first.date() != null && other.date() != null && !compatible(first.date(), other.date())) {
                report.accept(other.source() + ": " + key + " is dated " + other.date() + " here and " + first.date()
                        + " at " + first.source());
            }
        }
    }

    /** Titles compared without case, spacing and punctuation. */
    private static String title(String t) {
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Two dates agree when the less precise one contains the other ({@code 2025-03} and {@code 2025-03-22}). */
    private static boolean compatible(PartialDate a, PartialDate b) {
        String x = a.toString();
        String y = b.toString();
        return x.startsWith(y) || y.startsWith(x);
    }
}
