package org.grpokg.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new-style arXiv identifier ({@code YYMM.NNNNN}) without version suffix.
 * Old-style identifiers ({@code math/0601001}) are out of scope for this field (2025 onwards).
 */
public record ArxivId(String id) implements Comparable<ArxivId> {

    private static final Pattern ID = Pattern.compile("\\d{4}\\.\\d{4,5}");
    private static final Pattern IN_URL = Pattern.compile(
            "^https?://(?:www\\.|export\\.)?(?:arxiv\\.org|huggingface\\.co/papers|hf\\.co/papers)/"
                    + "(?:(?:abs|pdf|html)/)?(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    public ArxivId {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an arXiv id of the form YYMM.NNNNN: " + id);
        }
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The arXiv id a paper link names: arXiv abs/pdf/html pages (with {@code www.}, version or
     * {@code .pdf} suffixes) and Hugging Face paper pages, which are keyed by arXiv id.
     */
    public static Optional<ArxivId> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = IN_URL.matcher(url.trim());
        return m.matches() ? Optional.of(new ArxivId(m.group(1))) : Optional.empty();
    }

    /** The canonical abstract page. */
    public String absUrl() {
        return "https://arxiv.org/abs/" + id;
    }

    @Override
    public int compareTo(ArxivId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
