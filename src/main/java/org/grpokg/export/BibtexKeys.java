package org.grpokg.export;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Citation keys: the first author's last name, the year and the first word of the title that is
 * not an article or preposition, in lower-case ASCII ({@code zhou2025aha}). Entries come in
 * arXiv id order; when two would share a key the second gets {@code b}, the third {@code c} ...,
 * so keys only change when the entries they name change.
 */
final class BibtexKeys {

    private static final Set<String> SKIP = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "via", "towards");

    private BibtexKeys() {
    }

    /** Key per arXiv id, for entries given in arXiv id order. */
    static Map<String, String> keys(List<BibtexEntry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BibtexEntry e : entries) {
            String base = base(e);
            int n = seen.merge(base, 1, Integer::sum);
            out.put(e.arxivId(), n == 1 ? base : base + suffix(n));
        }
        return out;
    }

    private static String suffix(int n) {
        // 2 -> b ... 26 -> z, then 27 -> aa
        StringBuilder b = new StringBuilder();
        int k = n - 1;
        do {
            b.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        return b.toString();
    }

    static String base(BibtexEntry e) {
        String last = e.authors().isEmpty() ? "anon" : ascii(lastName(e.authors().get(0)));
        String word = "";
        for (String w : e.title().split("[^\\p{L}\\p{N}]+")) {
            String a = ascii(w);
            if (!a.isEmpty() && !SKIP.contains(a)) {
                word = a;
                break;
            }
        }
        return (last.isEmpty() ? "anon" : last) + e.year().orElse("") + word;
    }

    /** The last word of a name written "First Last". */
    static String lastName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
