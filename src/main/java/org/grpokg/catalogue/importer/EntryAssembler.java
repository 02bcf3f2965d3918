package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.commonmark.node.Link;
import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.catalogue.importer.LinkClassifier.Role;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.SourcePosition;

/**
 * Makes one entry from what a row or an item says: the paper is the first paper link, the
 * repository the first code link that is a repository root (else a title or project link that is
 * one). Whatever does not fit is reported, not guessed: a code link that is a project page, a
 * subfolder or a PDF; a link without address; an item naming neither an arXiv paper nor a repository.
 */
final class EntryAssembler {

    /** A link with the role its label, emoji or table column gives it. */
    record RoleLink(Role role, Link link) {
    }

    private final Consumer<ImportProblem> problems;

    EntryAssembler(Consumer<ImportProblem> problems) {
        this.problems = problems;
    }

    /**
     * The entry an item or row makes, or empty when it makes none (the problem is reported).
     *
     * @param date    the date (from a date column, or in front of the title); null when none
     * @param columns links a table column gives a role (paper, code, project page), after the title's
     */
    Optional<Entry> assemble(SourcePosition at, InlineReader.ItemText text, PartialDate date,
                                     List<RoleLink> columns, Map<String, String> notes, String section, List<String> hints) {
        List<RoleLink> links = new ArrayList<>();
        if (text.titleLink() != null) {
            links.add(new RoleLink(titleRole(text.titleLink()), text.titleLink()));
        }
        for (Link l : text.links()) {
            LinkClassifier.Label label = LinkClassifier.label(l);
            links.add(new RoleLink(label.labelRole() != null ? label.labelRole()
                    : label.emojiRole() != null ? label.emojiRole() : Role.NAME, l));
        }
        links.addAll(columns);

        String paperUrl = null;
        ArxivId arxiv = null;
        String repoUrl = null;
        RepoRef repo = null;
        LinkTarget firstCode = null;
        List<LinkTarget> projects = new ArrayList<>();
        LinkTarget paperInCode = null;
        List<LinkTarget> named = new ArrayList<>();
        for (RoleLink rl : links) {
            LinkTarget t = target(at, rl.link(), text.text());
            if (!t.kind().usable()) {
                continue;
            }
            switch (rl.role()) {
                case PAPER -> {
                    if (paperUrl == null) {
                        paperUrl = t.url();
                        arxiv = t.arxiv();
                    } else if (t.arxiv() != null && arxiv != null && !t.arxiv().equals(arxiv)) {
                        problems.accept(new ImportProblem(Kind.SECOND_PAPER, at, "a second paper link names another arXiv id ("
                                + t.arxiv() + ", the first names " + arxiv + "): the first is kept"));
                    }
                }
                case CODE -> {
                    if (repo == null && t.kind() == LinkTarget.Kind.REPOSITORY) {
                        repo = t.repo();
                        repoUrl = RepoRef.fromUrl(t.url()).isPresent() ? t.url() : t.repo().url();
                    } else if (firstCode == null) {
                        firstCode = t;
                    }
                }
                case PROJECT -> projects.add(t);
                case NAME -> named.add(t);
                case OTHER -> {
                    // models, datasets, demos, blogs: not part of the entry
                }
            }
        }
        for (LinkTarget t : named) {
            if (arxiv == null && t.arxiv() != null) {
                arxiv = t.arxiv();
                paperUrl = paperUrl == null ? t.url() : paperUrl;
            } else if (repo == null && t.kind() == LinkTarget.Kind.REPOSITORY) {
                repo = t.repo();
                repoUrl = RepoRef.fromUrl(t.url()).isPresent() ? t.url() : t.repo().url();
            }
        }
        String codeUrl = null;
        RepoRef hint = null;
        if (repo == null && firstCode != null) {
            codeUrl = firstCode.url();
            hint = firstCode.kind() == LinkTarget.Kind.GITHUB_PATH ? firstCode.repo() : null;
            if (firstCode.kind() == LinkTarget.Kind.ARXIV) {
                paperInCode = firstCode;
            } else {
                problems.accept(new ImportProblem(Kind.CODE_NOT_REPOSITORY, at, notRepository(firstCode)));
            }
        }
        if (paperInCode != null) {
            boolean used = paperUrl == null;
            problems.accept(new ImportProblem(Kind.PAPER_IN_CODE_LINK, at, "code link is an arXiv paper, not a repository: "
                    + paperInCode.url() + (used ? " (read as the paper link)" : "")));
            if (used) {
                paperUrl = paperInCode.url();
                arxiv = paperInCode.arxiv();
            }
            codeUrl = null;
        }
        if (repo == null) {
            for (LinkTarget p : projects) {
                if (p.kind() == LinkTarget.Kind.REPOSITORY) {
                    repo = p.repo();
                    repoUrl = RepoRef.fromUrl(p.url()).isPresent() ? p.url() : p.repo().url();
                    break;
                }
            }
        }
        if (text.title().isEmpty()) {
            problems.accept(new ImportProblem(Kind.NO_TITLE, at, "no title: '" + excerpt(text.text()) + "'"));
            return Optional.empty();
        }
        if (arxiv == null && repo == null) {
            problems.accept(new ImportProblem(Kind.NO_KEY, at, "'" + excerpt(text.title()) + "' names no arXiv paper and no GitHub repository"
                    + (paperUrl != null ? " (paper link: " + paperUrl + ")" : "") + (codeUrl != null ? " (code link: " + codeUrl + ")" : "")));
            return Optional.empty();
        }
        if (text.titleUnlinked()) {
            problems.accept(new ImportProblem(Kind.TITLE_WITHOUT_LINK, at, "the title '[" + excerpt(text.title())
                    + "]' is not a link: read as text"));
        }
        if (text.unreadDate() != null) {
            problems.accept(new ImportProblem(Kind.BAD_DATE, at, "date '" + text.unreadDate() + "' has no year: not read"));
        }
        Set<String> allHints = new LinkedHashSet<>(hints);
        allHints.addAll(text.tags());
        return Optional.of(new Entry(EntryKind.IMPORTED, arxiv, repo, new Listing(text.title(), date, paperUrl, repoUrl,
                codeUrl, hint, null, section, new ArrayList<>(allHints), notes, at)));
    }

    /** The role of a title link: its emoji's, else what its address is (GitHub: code; else paper). */
    private static Role titleRole(Link link) {
        Role emoji = LinkClassifier.emojiRole(InlineText.of(link));
        if (emoji != null) {
            return emoji;
        }
        LinkTarget t = LinkTarget.of(link.getDestination());
        return switch (t.kind()) {
            case REPOSITORY, GITHUB_PAGE -> Role.CODE;
            default -> Role.PAPER;
        };
    }

    /** The link's target, reporting an empty, malformed or redirected address. */
    private LinkTarget target(SourcePosition at, Link link, String itemText) {
        LinkTarget t = LinkTarget.of(link.getDestination());
        String label = InlineText.clean(InlineText.of(link));
        if (t.kind() == LinkTarget.Kind.EMPTY) {
            String bare = LinkTarget.bareUrl(itemText).map(u -> " (a bare address follows in the text: " + u + ")").orElse("");
            problems.accept(new ImportProblem(Kind.LINK_WITHOUT_URL, at, "link '" + label + "' has no address" + bare));
        } else if (t.kind() == LinkTarget.Kind.MALFORMED) {
            problems.accept(new ImportProblem(Kind.MALFORMED_LINK, at, "link '" + label + "': " + t.note()));
        } else if (t.note() != null && t.note().startsWith("malformed")) {
            problems.accept(new ImportProblem(Kind.MALFORMED_LINK, at, "link '" + label + "': " + t.note()));
        } else if (t.note() != null && t.note().startsWith("through a redirect")) {
            problems.accept(new ImportProblem(Kind.REDIRECTED_LINK, at, "link '" + label + "' goes " + t.note()));
        }
        return t;
    }

    private static String notRepository(LinkTarget t) {
        return switch (t.kind()) {
            case GITHUB_PATH -> "code link is not a repository root but " + t.note() + " of " + t.repo() + ": " + t.url()
                    + " (" + t.repo() + " kept as a hint only)";
            case GITHUB_PAGE -> "code link is a GitHub user or organisation page, not a repository: " + t.url();
            case PDF -> "code link is a PDF, not a repository: " + t.url();
            default -> "code link is a web page, not a repository (a project page?): " + t.url();
        };
    }

    static String excerpt(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
