package org.grpokg.catalogue.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grpokg.model.ArxivId;
import org.grpokg.model.RepoRef;

/**
 * What a link's address points at: an arXiv paper, the root of a GitHub repository, a path inside
 * one, a PDF, another web page, or nothing usable (empty, an anchor, a relative path, malformed).
 * Regular expressions here read addresses only, never the structure of the document.
 *
 * @param kind   what it is
 * @param url    the address as written, trimmed
 * @param arxiv  the arXiv id, for {@link Kind#ARXIV}
 * @param repo   the repository, for {@link Kind#REPOSITORY}; the repository it lies in, for {@link Kind#GITHUB_PATH}
 * @param note   how it was read when that needs saying (a redirect, a malformed link read anyway)
 */
record LinkTarget(Kind kind, String url, ArxivId arxiv, RepoRef repo, String note) {

    enum Kind {
        EMPTY, ANCHOR, RELATIVE, MALFORMED, UNSAFE, ARXIV, REPOSITORY, GITHUB_PATH, GITHUB_PAGE, PDF, PAGE;

        /** True for addresses an entry can use (as paper or code link, even if not the kind wanted). */
        boolean usable() {
            return this != EMPTY && this != ANCHOR && this != RELATIVE && this != MALFORMED && this != UNSAFE;
        }
    }

    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s\\[\\]()<>\"']+");
    /** Schemes a list has no business linking to: script or local files (spaces and controls inside are ignored, as browsers do). */
    private static final Pattern UNSAFE_SCHEME = Pattern.compile("(?i)^[\\s\\x00-\\x20]*(javascript|vbscript|file|data)[\\s\\x00-\\x20]*:");
    private static final Set<String> GITHUB = Set.of("github.com", "www.github.com");

    static LinkTarget of(String destination) {
        String url = destination == null ? "" : destination.trim();
        if (url.isEmpty()) {
            return new LinkTarget(Kind.EMPTY, url, null, null, null);
        }
        if (url.startsWith("#")) {
            return new LinkTarget(Kind.ANCHOR, url, null, null, null);
        }
        Matcher unsafe = UNSAFE_SCHEME.matcher(url);
        if (unsafe.find()) {
            return new LinkTarget(Kind.UNSAFE, url, null, null, "a " + unsafe.group(1).toLowerCase(Locale.ROOT)
                    + ": address, not a web page");
        }
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) {
            return malformed(url);
        }
        String scheme = uri.get().getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.get().getHost() == null) {
            return scheme == null && url.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}/.*")
                    ? malformed(url) : new LinkTarget(Kind.RELATIVE, url, null, null, null);
        }
        return web(url, uri.get(), true);
    }

    private static LinkTarget web(String url, URI uri, boolean followRedirect) {
        Optional<ArxivId> arxiv = ArxivId.fromUrl(url);
        if (arxiv.isPresent()) {
            return new LinkTarget(Kind.ARXIV, url, arxiv.get(), null, null);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (GITHUB.contains(host)) {
            return github(url, uri);
        }
        if (followRedirect) {
            Optional<LinkTarget> through = redirect(url, uri);
            if (through.isPresent()) {
                return through.get();
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return new LinkTarget(path.endsWith(".pdf") ? Kind.PDF : Kind.PAGE, url, null, null, null);
    }

    private static LinkTarget github(String url, URI uri) {
        List<String> parts = new ArrayList<>();
        for (String p : (uri.getPath() == null ? "" : uri.getPath()).split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.size() < 2) {
            return new LinkTarget(Kind.GITHUB_PAGE, url, null, null, null);
        }
        Optional<RepoRef> repo = RepoRef.parse(parts.get(0) + "/" + parts.get(1).replaceFirst("\\.git$", ""));
        if (repo.isEmpty()) {
            return new LinkTarget(Kind.GITHUB_PAGE, url, null, null, null);
        }
        if (parts.size() == 2) {
            return new LinkTarget(Kind.REPOSITORY, url, null, repo.get(), null);
        }
        if (parts.size() == 4 && parts.get(2).equals("tree")) {
            return new LinkTarget(Kind.REPOSITORY, url, null, repo.get(), "the root of branch " + parts.get(3));
        }
        String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
        String what = last.endsWith(".pdf") ? "a PDF file" : parts.get(2).equals("tree") ? "a subfolder"
                : parts.get(2).equals("blob") ? "a file" : "a page (" + parts.get(2) + ")";
        return new LinkTarget(Kind.GITHUB_PATH, url, null, repo.get(), what);
    }

    /** A link through a redirector ({@code link.zhihu.com/?target=...}): what its target is. */
    private static Optional<LinkTarget> redirect(String url, URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)
                    .replaceFirst("^(https?:)/*", "$1//");
            Optional<URI> target = value.startsWith("http") ? parse(value) : Optional.empty();
            if (target.isPresent() && target.get().getHost() != null) {
                LinkTarget t = web(value, target.get(), false);
                if (t.kind() == Kind.ARXIV || t.kind() == Kind.REPOSITORY) {
                    return Optional.of(new LinkTarget(t.kind(), url, t.arxiv(), t.repo(),
                            "through a redirect (" + uri.getHost() + ") to " + value));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An address that is not one ({@code [url1](url2)} from nested brackets, spaces): read when
     * every address inside it names the same paper or repository, else left unread.
     */
    private static LinkTarget malformed(String url) {
        Set<String> keys = new LinkedHashSet<>();
        LinkTarget found = null;
        Matcher m = URL_IN_TEXT.matcher(url);
        List<String> inside = new ArrayList<>();
        while (m.find()) {
            inside.add(m.group());
            Optional<URI> u = parse(m.group());
            if (u.isPresent() && u.get().getHost() != null) {
                LinkTarget t = web(m.group(), u.get(), true);
                keys.add(t.arxiv() != null ? "arXiv " + t.arxiv() : t.kind() == Kind.REPOSITORY ? "repository " + t.repo() : t.url());
                found = t;
            }
        }
        if (keys.size() == 1 && found != null && found.kind().usable()) {
            return new LinkTarget(found.kind(), found.url(), found.arxiv(), found.repo(),
                    "malformed address '" + url + "' read as " + found.url());
        }
        String why = inside.size() > 1 ? "it holds " + inside.size() + " addresses (" + String.join(", ", keys) + "): not guessed"
                : "not a web address";
        return new LinkTarget(Kind.MALFORMED, url, null, null, "malformed address '" + url + "': " + why);
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The first web address written in plain text (a bare URL is not a link in CommonMark). */
    static Optional<String> bareUrl(String text) {
        Matcher m = URL_IN_TEXT.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
