package org.grpokg.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier without version suffix: new style ({@code YYMM.NNNN}, {@code YYMM.NNNNN}) or
 * old style, before April 2007 ({@code cs/0101001}, {@code math.GT/0309136}: an archive, an optional
 * subject class, a slash, {@code YYMMNNN}). Old-style ids hold a slash: {@link #fileKey()} gives a
 * form without it for file names.
 */
public record ArxivId(String id) implements Comparable<ArxivId> {

    /** The archives of old-style ids (arXiv's own list, including those merged since). */
    private static final String ARCHIVES = "(?:acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph"
            + "|cmp-lg|comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math|math-ph|mtrl-th|nlin"
            + "|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|q-fin|quant-ph|solv-int|stat|supr-con)";
    private static final String NEW_ID = "\\d{4}\\.\\d{4,5}";
    private static final String OLD_ID = ARCHIVES + "(?:\\.[A-Z]{2})?/\\d{7}";
    private static final Pattern ID = Pattern.compile(NEW_ID + "|" + OLD_ID);
    private static final Pattern IN_URL = Pattern.compile(
            "^https?://(?:www\\.|export\\.)?(?:arxiv\\.org|alphaxiv\\.org|huggingface\\.co/papers|hf\\.co/papers)/"
                    + "(?:(?:abs|pdf|html|overview|format)/)?(" + NEW_ID + "|" + OLD_ID + ")(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    /** arXiv's DOIs: {@code https://doi.org/10.48550/arXiv.2306.14824}. */
    private static final Pattern IN_DOI = Pattern.compile(
            "^https?://(?:dx\\.)?doi\\.org/10\\.48550/arxiv\\.(" + NEW_ID + ")(?:v\\d+)?/?(?:[?#].*)?$", Pattern.CASE_INSENSITIVE);

    public ArxivId {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an arXiv id (YYMM.NNNNN, or archive/YYMMNNN before 2007): " + id);
        }
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * The arXiv id a paper link names: arXiv abs/pdf/html pages (with {@code www.}, {@code http://}, version
     * or {@code .pdf} suffixes, query strings and fragments), alphaXiv and Hugging Face paper pages (keyed by
     * arXiv id), and arXiv's DOIs ({@code doi.org/10.48550/arXiv.ID}).
     */
    public static Optional<ArxivId> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.trim();
        Matcher m = IN_URL.matcher(u);
        if (m.matches()) {
            return Optional.of(of(m.group(1)));
        }
        Matcher d = IN_DOI.matcher(u);
        return d.matches() ? Optional.of(of(d.group(1))) : Optional.empty();
    }

    /** An id as found in a URL: the archive in lower case, the subject class in upper case. */
    private static ArxivId of(String found) {
        int slash = found.indexOf('/');
        if (slash < 0) {
            return new ArxivId(found);
        }
        String archive = found.substring(0, slash);
        int dot = archive.indexOf('.');
        String normal = dot < 0 ? archive.toLowerCase(java.util.Locale.ROOT)
                : archive.substring(0, dot).toLowerCase(java.util.Locale.ROOT) + archive.substring(dot).toUpperCase(java.util.Locale.ROOT);
        return new ArxivId(normal + found.substring(slash));
    }

    /** True for an old-style id ({@code cs/0101001}). */
    public boolean oldStyle() {
        return id.indexOf('/') >= 0;
    }

    /** The id as a file name stem: old-style ids with {@code _} for the slash ({@code cs_0101001}). */
    public String fileKey() {
        return id.replace('/', '_');
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
