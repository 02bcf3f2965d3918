package org.grpokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of the library, {@code queries/NN-slug.rq}, with what its header says. The header is
 * made of SPARQL comments, so the file runs unchanged anywhere:
 * <pre>
 * #+ summary: one sentence: what the result holds
 * #+ question: the research question it answers
 * #+ tags: comma-separated
 * #+ param: NAME = DEFAULT — what it is          (one line per parameter; DEFAULT is the value of VALUES ?NAME)
 * #+ expected: NN-slug.csv                       (the result for the defaults)
 * #+ example: NAME=VALUE -> NN-slug.NAME-VALUE.csv   (the result for another value)
 * </pre>
 */
public record LibraryQuery(String file, String number, String slug, String summary, String question, String tags,
                           List<Param> params, String expected, List<Example> examples, String text) {

    /** A parameter: the variable of a {@code VALUES} block, its default value there, and what it means. */
    public record Param(String name, String defaultValue, String description) {
    }

    /** A documented parameter case: binding {@code name} to {@code value} gives the result in {@code expected}. */
    public record Example(String name, String value, String expected) {
    }

    private static final Pattern FILE = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.rq");
    private static final Pattern PARAM = Pattern.compile("#\\+ param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s+—\\s+(.*)");
    private static final Pattern EXAMPLE = Pattern.compile("#\\+ example:\\s*([A-Za-z_][A-Za-z0-9_]*)=(.*?)\\s+->\\s+(\\S+)\\s*");

    /** Reads the header of a query file named {@code NN-slug.rq} (any other name gets an empty number and the name as slug). */
    public static LibraryQuery parse(String file, String text) {
        Matcher m = FILE.matcher(file);
        String number = m.matches() ? m.group(1) : "";
        String slug = m.matches() ? m.group(2) : file.replaceFirst("\\.rq$", "");
        List<Example> examples = new ArrayList<>();
        text.lines().map(EXAMPLE::matcher).filter(Matcher::matches)
                .forEach(e -> examples.add(new Example(e.group(1), e.group(2), e.group(3))));
        return new LibraryQuery(file, number, slug, header(text, "summary"), header(text, "question"), header(text, "tags"),
                params(text), header(text, "expected"), List.copyOf(examples), text);
    }

    /** The parameters a query text declares in {@code #+ param:} lines (a file of the library or any query text). */
    public static List<Param> params(String text) {
        return text.lines().map(PARAM::matcher).filter(Matcher::matches)
                .map(p -> new Param(p.group(1), p.group(2), p.group(3))).toList();
    }

    /** Whether {@code key} names this query: its number ({@code 03} or {@code 3}), its slug, or its file name with or without {@code .rq}. */
    public boolean isNamed(String key) {
        if (key.equals(slug) || key.equals(file) || key.equals(file.replaceFirst("\\.rq$", ""))) {
            return true;
        }
        return !number.isEmpty() && key.matches("\\d{1,3}") && Integer.parseInt(key) == Integer.parseInt(number);
    }

    private static String header(String text, String key) {
        String prefix = "#+ " + key + ":";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .findFirst().orElse("");
    }
}
