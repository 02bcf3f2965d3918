package org.grpokg.catalogue.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;
import org.grpokg.model.RepoRef;

/**
 * Remembers the entries read so far, by arXiv id and by repository, to report the same entry
 * listed twice and one arXiv id under two titles. Holds a line and a short title per key only.
 */
final class DuplicateCheck {

    private record Seen(int line, String title, boolean paper) {
    }

    private final Map<String, Seen> byArxiv = new HashMap<>();
    private final Map<RepoRef, Seen> byRepo = new HashMap<>();

    /**
     * The problem that keeps {@code e} out (a duplicate), or a warning that lets it in, or nothing;
     * records {@code e} when it is kept.
     */
    Optional<ImportProblem> check(Entry e) {
        int line = e.source().line();
        if (e.arxivId() != null) {
            Seen before = byArxiv.get(e.arxivId().id());
            if (before != null) {
                return Optional.of(sameTitle(before.title(), e.title())
                        ? new ImportProblem(Kind.DUPLICATE, e.source(), "arXiv " + e.arxivId() + " ('" + brief(e.title())
                                + "') is already listed at line " + before.line())
                        : new ImportProblem(Kind.ARXIV_TWO_TITLES, e.source(), "arXiv " + e.arxivId() + " is listed at line "
                                + before.line() + " as '" + before.title() + "' and here as '" + brief(e.title())
                                + "': one of them is wrong (this one is left out)"));
            }
            byArxiv.put(e.arxivId().id(), new Seen(line, brief(e.title()), true));
            if (e.repo() != null) {
                Seen repoBefore = byRepo.putIfAbsent(key(e), new Seen(line, brief(e.title()), true));
                if (repoBefore != null && !repoBefore.paper()) {
                    return Optional.of(new ImportProblem(Kind.REPOSITORY_LISTED_BEFORE, e.source(), "repository " + e.repo()
                            + " is listed at line " + repoBefore.line() + " without a paper, and here with arXiv " + e.arxivId()));
                }
            }
            return Optional.empty();
        }
        Seen before = byRepo.get(key(e));
        if (before != null) {
            return Optional.of(new ImportProblem(Kind.DUPLICATE, e.source(), "repository " + e.repo() + " ('"
                    + brief(e.title()) + "') is already listed at line " + before.line()
                    + (before.paper() ? " with its paper ('" + before.title() + "')" : "")));
        }
        byRepo.put(key(e), new Seen(line, brief(e.title()), false));
        return Optional.empty();
    }

    private static RepoRef key(Entry e) {
        return e.repo();
    }

    static boolean sameTitle(String a, String b) {
        return normal(a).equals(normal(b)) || normal(a).startsWith(normal(b)) || normal(b).startsWith(normal(a));
    }

    private static String normal(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String brief(String title) {
        return EntryAssembler.excerpt(title);
    }
}
