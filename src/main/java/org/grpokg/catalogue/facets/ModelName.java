package org.grpokg.catalogue.facets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model name reduced to what identifies it, whatever the spelling: its family words and version
 * numbers in any order, its sizes, and whether it is the instruction-tuned variant.
 * {@code Qwen 2.5-VL-3B-Instruct}, {@code Qwen2.5VL-3B-Instruct}, {@code QwenVL-2.5-3B-Instruct} and
 * {@code Qwen/Qwen2.5-VL-3B-Instruct} are one name; {@code InternVL2.5-8B} is {@code InternVL2_5-8B};
 * {@code Qwen2.5-VL-7B} is not {@code Qwen2.5-VL-7B-Instruct}.
 *
 * @param family   the family's letters in order, then its numbers sorted ({@code [qwenvl, 2.5]}): {@code QwenVL-2.5}
 *                 and {@code Qwen2.5-VL} are one family
 * @param sizes    the sizes, sorted ({@code [7b]}); empty when the name gives none
 * @param instruct whether the name says Instruct, Chat or -it
 */
record ModelName(List<String> family, List<String> sizes, boolean instruct) {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)*(?:[bm](?![a-z]))?|[a-z]+");

    static ModelName of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1); // a Hugging Face id: the organisation does not name the model
        }
        s = s.replaceAll("(\\d)_(\\d)", "$1.$2");
        StringBuilder letters = new StringBuilder();
        List<String> numbers = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        boolean instruct = false;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (t.matches("\\d+(?:\\.\\d+)?[bm]")) {
                sizes.add(t);
            } else if (t.equals("instruct") || t.equals("chat") || t.equals("it")) {
                instruct = true;
            } else if (Character.isDigit(t.charAt(0))) {
                numbers.add(t);
            } else {
                letters.append(t);
            }
        }
        numbers.sort(null);
        List<String> family = new ArrayList<>();
        if (letters.length() > 0) {
            family.add(letters.toString());
        }
        family.addAll(numbers);
        sizes.sort(null);
        return new ModelName(List.copyOf(family), List.copyOf(sizes), instruct);
    }

    /** The same family at any size and variant. */
    boolean sameFamily(ModelName other) {
        return family.equals(other.family);
    }

    boolean isEmpty() {
        return family.isEmpty();
    }
}
