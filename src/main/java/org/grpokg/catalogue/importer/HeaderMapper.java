package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a table's headers, in any order and wording, to what their columns hold: the date, the
 * title (Title, Name, Paper, Project, Proj, Method, Model ...), the paper link when a title column
 * is also there, the code (Code, Repository, GitHub), project pages (Project Page, Website, Demo),
 * generic links, and notes (SFT, RL, Task, Comment, Dataset ...: kept as text).
 */
final class HeaderMapper {

    /** What a column holds. */
    enum Column { DATE, TITLE, PAPER, CODE, PAGE, LINKS, NOTE }

    /** The columns of one table, with their headers as written (emoji removed). */
    record Columns(List<String> headers, List<Column> roles) {

        int index(Column c) {
            return roles.indexOf(c);
        }

        boolean mapped() {
            return roles.contains(Column.TITLE);
        }

        /** One line for the report: {@code Date=date, Project=title, RL=note}. */
        String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                parts.add((headers.get(i).isEmpty() ? "(empty)" : headers.get(i)) + "=" + roles.get(i).name().toLowerCase(Locale.ROOT));
            }
            return String.join(", ", parts);
        }
    }

    private static final Set<String> DATE = Set.of("date", "dates", "time", "year", "month", "published", "release",
            "released", "when", "pub");
    private static final Set<String> CODE = Set.of("code", "codes", "github", "repo", "repos", "repository",
            "repositories", "implementation", "source");
    private static final Set<String> PAGE = Set.of("page", "pages", "website", "homepage", "site", "blog", "demo");
    private static final Set<String> NAMED_TITLE = Set.of("title", "name");
    private static final Set<String> PAPER = Set.of("paper", "papers", "publication", "publications", "article", "arxiv");
    private static final Set<String> WEAK_TITLE = Set.of("project", "projects", "proj", "method", "methods", "model",
            "models", "work", "works", "approach", "system");
    private static final Set<String> LINKS = Set.of("link", "links", "url", "urls", "resources");

    private HeaderMapper() {
    }

    static Columns map(List<String> headers) {
        List<String> clean = new ArrayList<>();
        List<Column> roles = new ArrayList<>();
        int title = -1;
        int paper = -1;
        int weak = -1;
        for (String h : headers) {
            String c = InlineText.clean(h);
            clean.add(c);
            List<String> ws = List.of(c.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            Column role;
            if (any(ws, DATE) && !roles.contains(Column.DATE)) {
                role = Column.DATE;
            } else if (any(ws, CODE) && !roles.contains(Column.CODE)) {
                role = Column.CODE;
            } else if (any(ws, PAGE)) {
                role = Column.PAGE;
            } else if (any(ws, NAMED_TITLE) && title < 0) {
                title = roles.size();
                role = Column.NOTE;
            } else if (any(ws, PAPER) && paper < 0) {
                paper = roles.size();
                role = Column.NOTE;
            } else if (any(ws, WEAK_TITLE) && weak < 0) {
                weak = roles.size();
                role = Column.NOTE;
            } else if (any(ws, LINKS) && !roles.contains(Column.LINKS)) {
                role = Column.LINKS;
            } else {
                role = Column.NOTE;
            }
            roles.add(role);
        }
        if (title >= 0) {
            roles.set(title, Column.TITLE);
            if (paper >= 0) {
                roles.set(paper, Column.PAPER);
            }
        } else if (paper >= 0) {
            roles.set(paper, Column.TITLE);
        } else if (weak >= 0) {
            roles.set(weak, Column.TITLE);
        }
        return new Columns(List.copyOf(clean), List.copyOf(roles));
    }

    private static boolean any(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
