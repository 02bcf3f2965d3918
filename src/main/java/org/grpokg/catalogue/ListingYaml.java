package org.grpokg.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.SourcePosition;

/**
 * The optional {@code listing:} block of an entry file: how a list written by others lists the
 * entry (as {@code grpo-kg import} read it). An entry absent from {@code catalogue.md} that has one
 * is still built, into the section {@value org.grpokg.model.Section#IMPORTED}. Format in data/entries/README.md.
 *
 * @param title          the title as listed (required)
 * @param date           YYYY, YYYY-MM or YYYY-MM-DD
 * @param paper          the paper link as written
 * @param repository     the root of the GitHub repository
 * @param code           the code link as written, when it is not a repository root
 * @param repositoryHint owner/name a code link into a subfolder names (a hint, not built)
 * @param section        the heading it was listed under
 * @param hints          headings and tags, as text (not built)
 * @param notes          other table columns (not built)
 * @param source         the list file and line it was read from
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"title", "date", "paper", "repository", "code", "repositoryHint", "section", "hints", "notes", "source"})
public record ListingYaml(String title, String date, String paper, String repository, String code,
                          String repositoryHint, String section, List<String> hints, Map<String, String> notes,
                          SourceYaml source) {

    /** Where the listing was read: a file as given to {@code import}, and a line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "line"})
    public record SourceYaml(String file, Integer line) {
    }

    public static ListingYaml of(Entry e) {
        return of(e.listing());
    }

    /** The block for one listing, as another list writes it. */
    public static ListingYaml of(Listing l) {
        return new ListingYaml(l.title(), l.date() == null ? null : l.date().toString(), l.paperUrl(), l.repoUrl(),
                l.codeUrl(), l.repoHint() == null ? null : l.repoHint().slug(), l.section().isEmpty() ? null : l.section(),
                l.hints(), l.notes(), new SourceYaml(l.source().file(), l.source().line()));
    }

    /** Whether the block names the list file and the line it was read from (then it is a record of that list in the graph). */
    public boolean namesItsList() {
        return source != null && source.file() != null && !source.file().isBlank() && source.line() != null && source.line() > 0;
    }

    /**
     * The entry several listings of one key describe (each already checked by {@link #toEntry}): the
     * first listing, with the repository another listing names when the first names none.
     */
    public static Entry merged(List<Entry> listed) {
        Entry first = listed.get(0);
        if (first.repo() != null) {
            return first;
        }
        return listed.stream().filter(e -> e.repo() != null).findFirst()
                .map(e -> new Entry(first.kind(), first.arxivId(), e.repo(), first.listing())).orElse(first);
    }

    /**
     * The entry the block describes, for the entry file's key {@code entry}: of kind
     * {@link EntryKind#IMPORTED}, with the listing as the other list writes it.
     *
     * @throws CatalogueException when the block is incomplete or its links contradict the key
     */
    public Entry toEntry(String entry, SourcePosition at) {
        if (title == null || title.isBlank()) {
            throw new CatalogueException(at, "listing: missing 'title'");
        }
        PartialDate d = null;
        if (date != null && !date.isBlank()) {
            d = PartialDate.parse(date).orElseThrow(() -> new CatalogueException(at,
                    "listing.date '" + date + "' is not a date like 2025, 2025-03 or 2025-03-22"));
        }
        WebAddress.require(paper, "listing.paper", at);
        WebAddress.require(code, "listing.code", at);
        ArxivId arxiv = null;
        RepoRef repo = null;
        Optional<ArxivId> paperId = ArxivId.fromUrl(paper);
        if (ArxivId.isValid(entry)) {
            arxiv = new ArxivId(entry);
            if (paperId.isPresent() && !paperId.get().equals(arxiv)) {
                throw new CatalogueException(at, "listing.paper names arXiv " + paperId.get() + ", not the entry " + entry);
            }
        } else {
            repo = RepoRef.parse(entry).orElseThrow(() -> new CatalogueException(at,
                    "entry '" + entry + "' is neither an arXiv id nor owner/name"));
            if (paperId.isPresent()) {
                throw new CatalogueException(at, "listing.paper names arXiv " + paperId.get() + ": the entry's key should be that id");
            }
        }
        String repoUrl = null;
        if (repository != null && !repository.isBlank()) {
            RepoRef named = RepoRef.fromUrl(repository).orElseThrow(() -> new CatalogueException(at,
                    "listing.repository is not the root of a GitHub repository: " + repository));
            if (repo != null && !named.equals(repo)) {
                throw new CatalogueException(at, "listing.repository names " + named + ", not the entry " + entry);
            }
            repo = repo != null ? repo : named;
            repoUrl = repository.trim();
        }
        RepoRef hint = null;
        if (repositoryHint != null && !repositoryHint.isBlank()) {
            hint = RepoRef.parse(repositoryHint).orElseThrow(() -> new CatalogueException(at,
                    "listing.repositoryHint '" + repositoryHint + "' is not owner/name"));
        }
        SourcePosition from = source == null || source.file() == null ? at
                : new SourcePosition(source.file(), source.line() == null ? 0 : source.line());
        return new Entry(EntryKind.IMPORTED, arxiv, repo, new Listing(title.trim(), d, blankToNull(paper), repoUrl,
                blankToNull(code), hint, null, section, hints, notes, from));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
