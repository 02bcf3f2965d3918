package org.grpokg.catalogue.facets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a value to the concepts of one taxonomy scheme by their labels (preferred, alternative,
 * hidden) and ids, case, spacing and punctuation ignored: first the whole value ({@code Group
 * Relative Policy Optimization}, {@code Step-GRPO}, {@code T}), else every label of three or more
 * characters that the value holds as whole words ({@code Iterative GRPO}, {@code Video Grounding}),
 * dropping a label that lies inside a longer one matched.
 */
final class ConceptMatcher {

    private final Map<String, String> exact = new LinkedHashMap<>();
    private final Map<String, String> compact = new LinkedHashMap<>();
    private final Map<String, String> words = new LinkedHashMap<>();

    ConceptMatcher(Map<String, List<String>> concepts) {
        concepts.forEach((id, labels) -> {
            List<String> all = new ArrayList<>(labels);
            all.add(id.replace('-', ' '));
            for (String label : all) {
                String n = normal(label);
                if (n.isEmpty()) {
                    continue;
                }
                exact.putIfAbsent(n, id);
                compact.putIfAbsent(n.replace(" ", ""), id);
                if (n.length() >= 3) {
                    words.putIfAbsent(n, id);
                }
            }
        });
    }

    /** The concept ids the value names, in label order; empty when none. */
    Set<String> match(String value) {
        String n = normal(value);
        if (n.isEmpty()) {
            return Set.of();
        }
        String id = exact.get(n);
        if (id == null) {
            id = compact.get(n.replace(" ", ""));
        }
        if (id != null) {
            return Set.of(id);
        }
        String padded = " " + n + " ";
        List<String> found = new ArrayList<>();
        words.forEach((label, concept) -> {
            if (padded.contains(" " + label + " ")) {
                found.add(label);
            }
        });
        Set<String> ids = new LinkedHashSet<>();
        for (String label : found) {
            boolean inside = found.stream().anyMatch(other -> !other.equals(label) && !words.get(other).equals(words.get(label))
                    && (" " + other + " ").contains(" " + label + " "));
            if (!inside) {
                ids.add(words.get(label));
            }
        }
        return ids;
    }

    /** Lower case, letters, digits and '+' only, words separated by one space. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}+]+", " ").trim();
    }
}
