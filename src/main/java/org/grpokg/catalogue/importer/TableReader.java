package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.catalogue.importer.EntryAssembler.RoleLink;
import org.grpokg.catalogue.importer.HeaderMapper.Column;
import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.catalogue.importer.LinkClassifier.Role;
import org.grpokg.model.Entry;
import org.grpokg.model.PartialDate;
import org.grpokg.model.SourcePosition;

/**
 * Reads a GitHub table. Horizontal tables give one entry a row, their columns mapped by
 * {@link HeaderMapper}; when no column names the title, each row's title is its first named link to
 * a paper or repository, else its first text cell, and the report says which columns were understood.
 * Columns not understood are kept as notes (header to text), their links used only when no understood
 * column gives a paper or repository. A cell listing several papers by name ({@code [A](arxiv), [B](arxiv)})
 * gives an entry per paper. Two-column tables whose first column holds keys ({@code | Paper | [title](url) |},
 * {@code | Code | [repo](url) |}) are read vertically, an entry per run of keys. Rows with missing or extra
 * cells and text lines swallowed by a table not closed by a blank line are reported.
 */
final class TableReader {

    private final EntryAssembler assembler;
    private final Consumer<ImportProblem> problems;
    private final BiConsumer<SourcePosition, String> columnReport;

    TableReader(EntryAssembler assembler, Consumer<ImportProblem> problems, BiConsumer<SourcePosition, String> columnReport) {
        this.assembler = assembler;
        this.problems = problems;
        this.columnReport = columnReport;
    }

    void read(TableBlock table, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        TableHead head = (TableHead) table.getFirstChild();
        List<TableCell> headCells = cells((TableRow) head.getFirstChild());
        List<String> headers = new ArrayList<>();
        for (TableCell c : headCells) {
            headers.add(InlineText.of(c));
        }
        List<TableRow> rows = new ArrayList<>();
        if (head.getNext() instanceof TableBody body) {
            for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
                rows.add((TableRow) r);
            }
        }
        if (vertical(headCells, rows)) {
            readVertical(headCells, rows, place, trail, emit);
            return;
        }
        HeaderMapper.Columns cols = HeaderMapper.map(headers);
        if (!cols.mapped() || cols.roles().contains(Column.NOTE)) {
            columnReport.accept(place.at(table), understood(cols));
        }
        for (TableRow row : rows) {
            readRow(row, cols, place, trail, emit);
        }
    }

    /** What the report says of a table's columns. */
    private static String understood(HeaderMapper.Columns cols) {
        List<String> known = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < cols.headers().size(); i++) {
            String h = cols.headers().get(i).isEmpty() ? "column " + (i + 1) : cols.headers().get(i);
            if (cols.roles().get(i) == Column.NOTE) {
                notes.add(h);
            } else {
                known.add(h + " (" + cols.roles().get(i).name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        return "understood " + (known.isEmpty() ? "none" : String.join(", ", known))
                + (notes.isEmpty() ? "" : "; kept as notes: " + String.join(", ", notes))
                + (cols.mapped() ? "" : "; no column names the title: a row's title is its first named link or text cell");
    }

    private void readRow(TableRow row, HeaderMapper.Columns cols, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        SourcePosition at = place.at(row);
        List<TableCell> cells = cells(row);
        int written = 0;
        for (TableCell c : cells) {
            if (!c.getSourceSpans().isEmpty()) {
                written++;
            }
        }
        boolean anyLink = !MarkdownSyntax.links(row).isEmpty();
        String text = InlineText.of(row);
        if (text.isEmpty() && !anyLink) {
            return;
        }
        int n = cols.headers().size();
        if (written <= 1 && n > 1 && !anyLink) {
            problems.accept(new ImportProblem(Kind.UNREADABLE_ROW, at, "not a table row: '" + EntryAssembler.excerpt(text)
                    + "' (a line after the table, with no blank line between them?)"));
            return;
        }
        if (written < n) {
            problems.accept(new ImportProblem(Kind.CELL_COUNT, at, "row has " + written + " of the header's " + n
                    + " cells: the missing ones are read as empty"));
        }
        extraCells(row, cells, place).ifPresent(extra -> problems.accept(new ImportProblem(Kind.CELL_COUNT, at,
                "row has more cells than the header's " + n + ": the extra ones are not read ('" + EntryAssembler.excerpt(extra) + "')")));
        List<Node> nodes = new ArrayList<>(cells.subList(0, Math.min(n, cells.size())));
        readCells(nodes, cols, at, trail, emit);
    }

    /** One entry from cells under their columns (a row, or a run of a vertical table), plus one per listed paper. */
    private void readCells(List<Node> cells, HeaderMapper.Columns cols, SourcePosition at, HeadingTrail trail, Consumer<Entry> emit) {
        Set<Link> listed = new LinkedHashSet<>();
        int titleCol = cols.index(Column.TITLE);
        boolean titleListed = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cols.roles().get(i) == Column.DATE) {
                continue;
            }
            List<Link> papers = listedPapers(cells.get(i));
            if (!papers.isEmpty()) {
                String header = cols.headers().get(i);
                for (Link l : papers) {
                    listed.add(l);
                    List<String> hints = new ArrayList<>(trail.hints());
                    if (!header.isEmpty()) {
                        hints.add(header);
                    }
                    String title = InlineReader.clean(InlineText.of(l));
                    assembler.assemble(at, new InlineReader.ItemText(title, l, false, null, null, List.of(), List.of(), title),
                            null, List.of(), Map.of(), trail.section(), hints).ifPresent(emit);
                }
                titleListed |= i == titleCol;
            }
        }
        if (!listed.isEmpty() && (titleListed || titleCol < 0)) {
            // a row that lists papers and has no title of its own: every named paper link in it is an entry
            for (int i = 0; i < cells.size(); i++) {
                for (Link l : MarkdownSyntax.links(cells.get(i))) {
                    LinkTarget t = LinkTarget.of(l.getDestination());
                    if (!listed.contains(l) && t.arxiv() != null && !LinkClassifier.isBadge(l) && !LinkClassifier.label(l).isLabel()) {
                        listed.add(l);
                        List<String> hints = new ArrayList<>(trail.hints());
                        if (!cols.headers().get(i).isEmpty()) {
                            hints.add(cols.headers().get(i));
                        }
                        String title = InlineReader.clean(InlineText.of(l));
                        assembler.assemble(at, new InlineReader.ItemText(title, l, false, null, null, List.of(), List.of(), title),
                                null, List.of(), Map.of(), trail.section(), hints).ifPresent(emit);
                    }
                }
            }
            return;
        }
        if (titleCol < 0) {
            titleCol = titleCell(cells, cols, listed);
            if (titleCol < 0) {
                if (listed.isEmpty() && hasKey(cells, listed)) {
                    StringBuilder text = new StringBuilder();
                    for (Node c : cells) {
                        text.append(InlineText.of(c)).append(" | ");
                    }
                    problems.accept(new ImportProblem(Kind.NO_TITLE, at, "no title: '" + EntryAssembler.excerpt(text.toString()) + "'"));
                }
                return;
            }
        }
        InlineReader.ItemText title = InlineReader.read(List.of(cells.get(titleCol)));
        if (!listed.isEmpty() && !hasKey(cells, listed)) {
            return;
        }
        PartialDate date = title.date();
        int dateCol = cols.index(Column.DATE);
        if (dateCol >= 0 && dateCol < cells.size()) {
            String d = InlineText.of(cells.get(dateCol));
            date = null;
            if (!CellText.isEmpty(d)) {
                date = DateStyles.find(d).orElse(null);
                if (date == null) {
                    problems.accept(new ImportProblem(Kind.BAD_DATE, at, DateStyles.isBareMonth(d)
                            ? "date '" + d + "' has no year: not read" : "cannot read date '" + d + "'"));
                }
            }
        }
        List<RoleLink> links = new ArrayList<>();
        List<RoleLink> fallback = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Node cell = cells.get(i);
            switch (cols.roles().get(i)) {
                case PAPER -> columnLinks(cell, Role.PAPER, listed, links);
                case CODE -> columnLinks(cell, Role.CODE, listed, links);
                case PAGE -> columnLinks(cell, Role.PROJECT, listed, links);
                case LINKS -> columnLinks(cell, null, listed, links);
                case NOTE -> {
                    if (i == titleCol) {
                        break;
                    }
                    String note = CellText.normalise(InlineText.of(cell));
                    if (!CellText.isEmpty(note)) {
                        notes.put(cols.headers().get(i).isEmpty() ? "column " + (i + 1) : cols.headers().get(i), note);
                    }
                    columnLinks(cell, Role.NAME, listed, fallback);
                }
                default -> {
                    // date and title are read above
                }
            }
        }
        links.addAll(fallback);
        assembler.assemble(at, title, date, links, notes, trail.section(), trail.hints()).ifPresent(emit);
    }

    /** True when a cell outside the listed papers links an arXiv paper or a repository. */
    private static boolean hasKey(List<Node> cells, Set<Link> listed) {
        for (Node c : cells) {
            for (Link l : MarkdownSyntax.links(c)) {
                LinkTarget t = LinkTarget.of(l.getDestination());
                if (!listed.contains(l) && (t.arxiv() != null || t.kind() == LinkTarget.Kind.REPOSITORY)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The column giving the title of a row of a table without title column: the first cell with a named
     * link to a paper or repository, else the first cell with text that is neither empty nor a date.
     */
    private static int titleCell(List<Node> cells, HeaderMapper.Columns cols, Set<Link> listed) {
        for (int i = 0; i < cells.size(); i++) {
            if (cols.roles().get(i) != Column.NOTE) {
                continue;
            }
            for (Link l : MarkdownSyntax.links(cells.get(i))) {
                LinkTarget t = LinkTarget.of(l.getDestination());
                if (!listed.contains(l) && !LinkClassifier.isBadge(l) && !LinkClassifier.label(l).isLabel()
                        && (t.arxiv() != null || t.kind() == LinkTarget.Kind.REPOSITORY || t.kind() == LinkTarget.Kind.PAGE)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String text = InlineText.clean(InlineText.of(cells.get(i)));
            if (cols.roles().get(i) == Column.NOTE && !CellText.isEmpty(text) && !DateStyles.isDateOnly(text)
                    && text.matches(".*\\p{L}.*")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The papers a cell lists by name: its named links to arXiv when it names two or more different
     * things ({@code [VQA](arxiv), [GQA](doi)}), else none (one named link is the row's own).
     */
    private static List<Link> listedPapers(Node cell) {
        List<Link> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Link l : MarkdownSyntax.links(cell)) {
            LinkTarget t = LinkTarget.of(l.getDestination());
            if (t.kind().usable() && !LinkClassifier.isBadge(l) && !LinkClassifier.label(l).isLabel()) {
                named.add(t.arxiv() != null ? t.arxiv().id() : t.url());
                if (t.arxiv() != null) {
                    out.add(l);
                }
            }
        }
        return named.size() >= 2 ? out : List.of();
    }

    /** The links of a cell: the first takes the column's role, the others their labels'. */
    private static void columnLinks(Node cell, Role role, Set<Link> listed, List<RoleLink> out) {
        boolean first = true;
        for (Link l : MarkdownSyntax.links(cell)) {
            if (LinkClassifier.isBadge(l) && !LinkTarget.of(l.getDestination()).kind().usable() || listed.contains(l)) {
                continue;
            }
            LinkClassifier.Label label = LinkClassifier.label(l);
            Role own = label.labelRole() != null ? label.labelRole() : label.emojiRole();
            if (first && role != null && role != Role.NAME) {
                out.add(new RoleLink(role, l));
            } else if (own != null && !LinkClassifier.isBadge(l)) {
                out.add(new RoleLink(own, l));
            } else if (role == null || role == Role.NAME) {
                LinkTarget t = LinkTarget.of(l.getDestination());
                out.add(new RoleLink(role == Role.NAME ? Role.NAME : t.kind() == LinkTarget.Kind.ARXIV ? Role.PAPER
                        : t.kind() == LinkTarget.Kind.REPOSITORY ? Role.CODE : Role.OTHER, l));
            }
            first = false;
        }
    }

    /**
     * True for a two-column table whose first column holds keys: the header's second cell is a link
     * ({@code | Paper | [title](url) |}), or most keys name a known column and the second header does not.
     */
    private static boolean vertical(List<TableCell> head, List<TableRow> rows) {
        if (head.size() != 2 || rows.isEmpty()) {
            return false;
        }
        List<String> keys = new ArrayList<>();
        keys.add(InlineText.of(head.get(0)));
        for (TableRow r : rows) {
            keys.add(InlineText.of(cells(r).get(0)));
        }
        HeaderMapper.Columns mapped = HeaderMapper.map(keys);
        if (mapped.roles().get(0) == Column.NOTE) {
            return false;
        }
        long known = mapped.roles().stream().filter(c -> c != Column.NOTE).count();
        boolean linkedHeader = !MarkdownSyntax.links(head.get(1)).isEmpty() && MarkdownSyntax.links(head.get(0)).isEmpty();
        boolean secondIsHeader = HeaderMapper.map(List.of(InlineText.of(head.get(1)))).roles().get(0) != Column.NOTE
                || HeaderMapper.map(List.of(InlineText.of(head.get(1)))).mapped();
        return linkedHeader || (!secondIsHeader && known >= 2 && known * 2 >= keys.size() && cellsWithoutLinks(rows) == rows.size());
    }

    private static int cellsWithoutLinks(List<TableRow> rows) {
        int n = 0;
        for (TableRow r : rows) {
            if (MarkdownSyntax.links(cells(r).get(0)).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** A vertical table: key cells on the left, values on the right; a key seen again starts the next entry. */
    private void readVertical(List<TableCell> head, List<TableRow> rows, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        List<Node> keyCells = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        List<SourcePosition> lines = new ArrayList<>();
        keyCells.add(head.get(0));
        values.add(head.get(1));
        lines.add(place.at(head.get(0)));
        for (TableRow r : rows) {
            List<TableCell> cs = cells(r);
            keyCells.add(cs.get(0));
            values.add(cs.get(1));
            lines.add(place.at(r));
        }
        int start = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i <= keyCells.size(); i++) {
            String key = i < keyCells.size() ? InlineText.clean(InlineText.of(keyCells.get(i))).toLowerCase(java.util.Locale.ROOT) : null;
            if (i == keyCells.size() || (!key.isEmpty() && !seen.add(key))) {
                List<String> keys = new ArrayList<>();
                for (int k = start; k < i; k++) {
                    keys.add(InlineText.of(keyCells.get(k)));
                }
                HeaderMapper.Columns cols = HeaderMapper.map(keys);
                if (start == 0) {
                    columnReport.accept(lines.get(0), "read as a key/value table, one entry per run of keys: " + understood(cols)
                            .replaceFirst("^understood", "understood keys"));
                }
                readCells(new ArrayList<>(values.subList(start, i)), cols, lines.get(start), trail, emit);
                if (i < keyCells.size()) {
                    start = i;
                    seen.clear();
                    seen.add(key);
                }
            }
        }
    }

    /** Text after the last cell the parser kept, when it is more than pipes and spaces: dropped cells. */
    private static Optional<String> extraCells(TableRow row, List<TableCell> cells, Place place) {
        List<SourceSpan> rowSpans = row.getSourceSpans();
        if (rowSpans.isEmpty()) {
            return Optional.empty();
        }
        SourceSpan rs = rowSpans.get(rowSpans.size() - 1);
        int end = -1;
        for (TableCell c : cells) {
            for (SourceSpan s : c.getSourceSpans()) {
                end = Math.max(end, s.getInputIndex() + s.getLength());
            }
        }
        int rowEnd = rs.getInputIndex() + rs.getLength();
        if (end < 0 || rowEnd > place.text().length() || end >= rowEnd) {
            return Optional.empty();
        }
        String rest = place.text().substring(end, rowEnd).trim();
        rest = rest.startsWith("|") ? rest.substring(1).trim() : rest;
        rest = rest.endsWith("|") ? rest.substring(0, rest.length() - 1).trim() : rest;
        return rest.replace("|", "").isBlank() ? Optional.empty() : Optional.of(rest);
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> out = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            out.add((TableCell) c);
        }
        return out;
    }
}
