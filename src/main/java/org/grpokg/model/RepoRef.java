package org.grpokg.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub repository, {@code owner/name}. GitHub names are case-insensitive, so identity is too:
 * {@code Deep-Agent/R1-V} equals {@code deep-agent/r1-v} and both hash alike; the spelling given
 * first is kept for display and IRIs. This is the one place that rule lives.
 */
public record RepoRef(String owner, String name) implements Comparable<RepoRef> {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern IN_URL = Pattern.compile(
            "^https?://(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+?)(?:\\.git)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTO_URL = Pattern.compile(
            "^https?://(?:www\\.)?github\\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)(?:[/?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    public RepoRef {
        if (owner == null || name == null || !PART.matcher(owner).matches() || !PART.matcher(name).matches()) {
            throw new IllegalArgumentException("not a repository of the form owner/name: " + owner + "/" + name);
        }
    }

    /** Parses {@code owner/name}. */
    public static Optional<RepoRef> parse(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String[] parts = slug.trim().split("/", -1);
        if (parts.length != 2 || !PART.matcher(parts[0]).matches() || !PART.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RepoRef(parts[0], parts[1]));
    }

    /**
     * The repository a link points at, when it points at the root of a GitHub repository
     * (not a file, an issue, a release or a user's page).
     */
    public static Optional<RepoRef> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = IN_URL.matcher(url.trim());
        return m.matches() ? Optional.of(new RepoRef(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The repository a GitHub link points into: its root, a branch ({@code /tree/...}), a folder or
     * a file. Empty for links that name no repository (a user's page, another host).
     */
    public static Optional<RepoRef> containing(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = INTO_URL.matcher(url.trim());
        return m.matches() ? parse(m.group(1) + "/" + m.group(2).replaceFirst("\\.git$", "")) : Optional.empty();
    }

    public String slug() {
        return owner + "/" + name;
    }

    /** File-name form used in {@code data/entries/}: {@code owner+name}. */
    public String fileKey() {
        return owner + "+" + name;
    }

    public String url() {
        return "https://github.com/" + slug();
    }

    /** The case-folded {@code owner/name} that identity rests on. */
    private String folded() {
        return slug().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepoRef r && folded().equals(r.folded());
    }

    @Override
    public int hashCode() {
        return folded().hashCode();
    }

    @Override
    public int compareTo(RepoRef o) {
        return folded().compareTo(o.folded());
    }

    @Override
    public String toString() {
        return slug();
    }
}
