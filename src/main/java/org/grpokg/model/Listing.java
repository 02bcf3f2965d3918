package org.grpokg.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a list says about an entry, as written: the catalogue record of the entry. The list can
 * be out of date or wrong; what a source says about the work is in {@link EntryFacts}.
 *
 * @param title     the title as listed (link text)
 * @param date      the date as listed, as precise as the list gives it; null when none
 * @param paperUrl  the paper link as written (arXiv, Hugging Face papers, a PDF ...); null when none
 * @param repoUrl   the repository link as written (the root of a GitHub repository); null when none
 * @param codeUrl   a code link that is not a repository root (a project page, a subfolder); null when none
 * @param repoHint  the repository a code link into a subfolder or file names, a hint only; null when none
 * @param linkLabel the text of the repository link ("GitHub", "Github"), kept to write the list back
 * @param section   the heading it was listed under ("" when none)
 * @param hints     headings above it and tags in the item ({@code **[Image]**}), as text
 * @param notes     other table columns (header to cell text), in table order
 * @param source    the file and line it was read from
 */
public record Listing(String title, PartialDate date, String paperUrl, String repoUrl, String codeUrl,
                      RepoRef repoHint, String linkLabel, String section, List<String> hints,
                      Map<String, String> notes, SourcePosition source) {

    public Listing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        section = section == null ? "" : section;
        hints = hints == null ? List.of() : List.copyOf(hints);
        notes = notes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** A line of the project's own catalogue: title, date, the two links and the repository link's label. */
    public static Listing ofCatalogue(String title, PartialDate date, String paperUrl, String repoUrl, String linkLabel,
                                      String section, SourcePosition source) {
        return new Listing(title, date, paperUrl, repoUrl, null, null, linkLabel, section, List.of(), Map.of(), source);
    }

    /** The same listing under another section heading. */
    public Listing inSection(String heading) {
        return new Listing(title, date, paperUrl, repoUrl, codeUrl, repoHint, linkLabel, heading, hints, notes, source);
    }
}
