package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grpokg.model.ArxivId;

/**
 * How much of a list the import kept: the distinct arXiv ids linked anywhere in the file, found by
 * scanning its raw text (not through the readers, so a shape the readers do not know still counts),
 * against the ids of the entries read. Holds one short line per distinct id.
 */
final class ArxivCoverage {

    /** arXiv, alphaXiv and Hugging Face paper pages, and arXiv DOIs: any path form, new- and old-style ids. */
    private static final Pattern LINKED = Pattern.compile("(?i)(?:arxiv\\.org/(?:abs|pdf|html|format|ps)/"
            + "|alphaxiv\\.org/(?:abs|overview|pdf)/|(?:huggingface|hf)\\.co/papers/|10\\.48550/arxiv\\.)"
            + "(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[a-z]{2})?/\\d{7})");
    static final int SHOWN_MISSED = 200;

    /**
     * The measure of one import.
     *
     * @param linked distinct arXiv ids linked in the file
     * @param read   how many of them are the id of an entry read
     * @param missed the others, in file order, with the line that first links each
     */
    record Result(int linked, int read, List<Missed> missed) {

        /** The share read, 1 when the file links no arXiv paper. */
        double share() {
            return linked == 0 ? 1.0 : (double) read / linked;
        }

        /** {@code 97.5%}. */
        String percent() {
            return String.format(Locale.ROOT, "%.1f%%", share() * 100);
        }
    }

    /** An id linked in the file that no entry carries. */
    record Missed(String id, int line, String text) {
    }

    /** Each id linked, in file order, with the line that first links it: negative once an entry carries it. */
    private final Map<String, Integer> linked = new LinkedHashMap<>();

    /** Scans a piece of the raw file that starts at {@code firstLine}. */
    void scan(String text, int firstLine) {
        int line = firstLine;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String s = text.substring(start, end < 0 ? text.length() : end);
            Matcher m = LINKED.matcher(s);
            while (m.find()) {
                String id = normal(m.group(1));
                if (id != null) {
                    linked.putIfAbsent(id, line);
                }
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
    }

    /** An entry with this id was read. */
    void read(ArxivId id) {
        linked.computeIfPresent(id.id(), (k, line) -> -Math.abs(line));
    }

    private static String normal(String found) {
        String s = found;
        int slash = s.indexOf('/');
        if (slash > 0) {
            String archive = s.substring(0, slash);
            int dot = archive.indexOf('.');
            archive = dot < 0 ? archive.toLowerCase(Locale.ROOT)
                    : archive.substring(0, dot).toLowerCase(Locale.ROOT) + archive.substring(dot).toUpperCase(Locale.ROOT);
            s = archive + s.substring(slash);
        }
        return ArxivId.isValid(s) ? s : null;
    }

    /**
     * The measure; the lines of the first {@value #SHOWN_MISSED} ids missed are read again from {@code lines}
     * (the file's lines, streamed), so only ids and line numbers are held while importing.
     */
    Result result(java.util.function.Supplier<java.util.stream.Stream<String>> lines) {
        int n = 0;
        List<String> ids = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Map.Entry<String, Integer> e : linked.entrySet()) {
            if (e.getValue() < 0) {
                n++;
            } else {
                ids.add(e.getKey());
                at.add(e.getValue());
            }
        }
        Map<Integer, String> text = texts(at.subList(0, Math.min(at.size(), SHOWN_MISSED)), lines);
        List<Missed> missed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            missed.add(new Missed(ids.get(i), at.get(i), around(text.getOrDefault(at.get(i), ""), ids.get(i))));
        }
        return new Result(linked.size(), n, List.copyOf(missed));
    }

    private static Map<Integer, String> texts(List<Integer> wanted, java.util.function.Supplier<java.util.stream.Stream<String>> lines) {
        Set<Integer> want = new HashSet<>(wanted);
        Map<Integer, String> out = new java.util.HashMap<>();
        if (want.isEmpty()) {
            return out;
        }
        try (java.util.stream.Stream<String> s = lines.get()) {
            int[] no = {0};
            s.forEach(l -> {
                if (want.contains(++no[0])) {
                    out.put(no[0], l);
                }
            });
        } catch (RuntimeException e) {
            // the lines are for the reader's eyes only: without them the ids and line numbers remain
        }
        return out;
    }

    /** The line around the id's first mention, shortened. */
    private static String around(String line, String id) {
        int i = line.indexOf(id);
        int from = Math.max(0, i - 60);
        return (from > 0 ? "..." : "") + EntryAssembler.excerpt(line.substring(from).trim());
    }
}
