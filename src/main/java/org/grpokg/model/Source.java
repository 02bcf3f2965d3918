package org.grpokg.model;

/**
 * A page or file facts were read from; {@code id} is how facts of one entry cite it.
 *
 * @param url  the page's web address; for a list read by {@code grpo-kg import}, null
 * @param file the list file as given to {@code grpo-kg import} (facts an awesome list states); null for a web page
 */
public record Source(String id, String url, String what, String file) {

    /** A web page or a file at a web address. */
    public Source(String id, String url, String what) {
        this(id, url, what, null);
    }

    /** Whether the source is an awesome list read by {@code grpo-kg import} (named by its file, not a web address). */
    public boolean isList() {
        return file != null;
    }
}
