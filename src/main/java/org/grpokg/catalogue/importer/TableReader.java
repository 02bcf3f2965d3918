package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads a GitHub table, one entry a row, its columns mapped by {@link HeaderMapper}. Rows with
 * missing or extra cells (the parser pads the first and drops the second: source spans tell) and
 * text lines swallowed by a table not closed by a blank line are reported.
 */
final class TableReader {

    private final EntryAssembler assembler;
    private final Consumer<ImportProblem> problems;
    private final ItemProblems skips;

    /** Reports a problem keeping several items out (the rows of an unmapped table). */
    interface ItemProblems {
        void problem(ImportProblem p, int items);
    }

    TableReader(EntryAssembler assembler, Consumer<ImportProblem> problems, ItemProblems skips) {
        this.assembler = assembler;
        this.problems = problems;
        this.skips = skips;
    }

    void read(TableBlock table, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        TableHead head = (TableHead) table.getFirstChild();
        List<String> headers = new ArrayList<>();
        for (TableCell c : cells((TableRow) head.getFirstChild())) {
            headers.add(InlineText.of(c));
        }
        HeaderMapper.Columns cols = HeaderMapper.map(headers);
        List<TableRow> rows = new ArrayList<>();
        if (head.getNext() instanceof TableBody body) {
            for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
                rows.add((TableRow) r);
            }
        }
        if (!cols.mapped()) {
            skips.problem(new ImportProblem(Kind.UNMAPPED_TABLE, place.at(table), "cannot map the columns of this table ("
                    + String.join(" | ", cols.headers()) + "): none names the title, paper or project; its " + rows.size()
                    + (rows.size() == 1 ? " row is" : " rows are") + " not read"), rows.size());
            return;
        }
        for (TableRow row : rows) {
            readRow(row, cols, place, trail, emit);
        }
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

        InlineReader.ItemText title = InlineReader.read(List.of(cells.get(cols.index(Column.TITLE))));
        PartialDate date = title.date();
        int dateCol = cols.index(Column.DATE);
        if (dateCol >= 0) {
            String d = InlineText.of(cells.get(dateCol));
            date = null;
            if (!DateStyles.isEmpty(d)) {
                date = DateStyles.find(d).orElse(null);
                if (date == null) {
                    problems.accept(new ImportProblem(Kind.BAD_DATE, at, DateStyles.isBareMonth(d)
                            ? "date '" + d + "' has no year: not read" : "cannot read date '" + d + "'"));
                }
            }
        }
        List<RoleLink> links = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < cells.size() && i < n; i++) {
            Column role = cols.roles().get(i);
            TableCell cell = cells.get(i);
            switch (role) {
                case PAPER -> columnLinks(cell, Role.PAPER, links);
                case CODE -> columnLinks(cell, Role.CODE, links);
                case PAGE -> columnLinks(cell, Role.PROJECT, links);
                case LINKS -> columnLinks(cell, null, links);
                case NOTE -> {
                    String note = InlineText.of(cell);
                    if (!DateStyles.isEmpty(note)) {
                        notes.put(cols.headers().get(i).isEmpty() ? "column " + (i + 1) : cols.headers().get(i), note);
                    }
                }
                default -> {
                    // date and title are read above
                }
            }
        }
        assembler.assemble(at, title, date, links, notes, trail.section(), trail.hints()).ifPresent(emit);
    }

    /** The links of a cell: the first takes the column's role, the others their labels'. */
    private static void columnLinks(TableCell cell, Role role, List<RoleLink> out) {
        boolean first = true;
        for (Link l : MarkdownSyntax.links(cell)) {
            if (LinkClassifier.isBadge(l)) {
                continue;
            }
            LinkClassifier.Label label = LinkClassifier.label(l);
            Role own = label.labelRole() != null ? label.labelRole() : label.emojiRole();
            if (first && role != null) {
                out.add(new RoleLink(role, l));
            } else if (own != null) {
                out.add(new RoleLink(own, l));
            } else if (role == null) {
                LinkTarget t = LinkTarget.of(l.getDestination());
                out.add(new RoleLink(t.kind() == LinkTarget.Kind.ARXIV ? Role.PAPER
                        : t.kind() == LinkTarget.Kind.REPOSITORY ? Role.CODE : Role.OTHER, l));
            }
            first = false;
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
