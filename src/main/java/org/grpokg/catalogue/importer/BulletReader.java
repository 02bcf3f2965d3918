package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;
import org.grpokg.model.SourcePosition;

/**
 * Reads a bullet (or numbered) list, one entry an item; also paragraphs and HTML written as lists
 * (one entry a line). An item without links that holds a nested list is a heading for it (its text a
 * hint), unless the nested items are only labelled links ({@code - [Paper](...)}, {@code - [Code](...)}):
 * then they are the item's links. An entry's nested items that are only labelled links add theirs too;
 * other nested lists of an entry are its details, not read. Items whose links only point inside the
 * document (a table of contents) are navigation.
 */
final class BulletReader {

    /** More words than this in a paragraph (or a line of one) is prose, not an item written without a bullet. */
    static final int PROSE_WORDS = 40;

    private final EntryAssembler assembler;
    private final Consumer<ImportProblem> problems;

    BulletReader(EntryAssembler assembler, Consumer<ImportProblem> problems) {
        this.assembler = assembler;
        this.problems = problems;
    }

    void read(ListBlock list, Place place, HeadingTrail trail, List<String> parentHints, Consumer<Entry> emit) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                readItem(li, place, trail, parentHints, emit);
            }
        }
    }

    /** True when the list's links all point inside the document (and there is at least one): a table of contents. */
    static boolean navigation(Node block) {
        List<Link> links = MarkdownSyntax.links(block);
        return !links.isEmpty() && links.stream().noneMatch(BulletReader::outward);
    }

    private static boolean outward(Link l) {
        LinkTarget.Kind k = LinkTarget.of(l.getDestination()).kind();
        return k != LinkTarget.Kind.ANCHOR && k != LinkTarget.Kind.RELATIVE;
    }

    private void readItem(ListItem item, Place place, HeadingTrail trail, List<String> parentHints, Consumer<Entry> emit) {
        List<Node> paragraphs = new ArrayList<>();
        List<ListBlock> nested = new ArrayList<>();
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph) {
                paragraphs.add(c);
            } else if (c instanceof ListBlock l) {
                nested.add(l);
            }
        }
        InlineReader.ItemText text = InlineReader.read(paragraphs);
        List<Link> links = new ArrayList<>(text.links());
        if (text.titleLink() != null) {
            links.add(text.titleLink());
        }
        boolean outward = links.stream().anyMatch(BulletReader::outward);
        List<Node> labelled = labelledOnly(nested);
        if (!outward) {
            if (!nested.isEmpty() && labelled != null && !InlineReader.clean(text.text()).isEmpty()) {
                List<Node> all = new ArrayList<>(paragraphs);
                all.addAll(labelled);
                entry(InlineReader.read(all), place.at(item), trail, parentHints, emit);
            } else if (!nested.isEmpty()) {
                List<String> hints = new ArrayList<>(parentHints);
                String hint = InlineReader.clean(text.text());
                if (!hint.isEmpty()) {
                    hints.add(hint);
                }
                for (ListBlock l : nested) {
                    read(l, place, trail, hints, emit);
                }
            } else if (links.isEmpty() && trail.inSection() && !text.text().isBlank()) {
                problems.accept(new ImportProblem(Kind.NO_LINK, place.at(item), "list item has no link: '"
                        + EntryAssembler.excerpt(text.text()) + "'"));
            }
            return;
        }
        if (labelled != null) {
            List<Node> all = new ArrayList<>(paragraphs);
            all.addAll(labelled);
            text = InlineReader.read(all);
        }
        entry(text, place.at(item), trail, parentHints, emit);
    }

    private void entry(InlineReader.ItemText text, SourcePosition at, HeadingTrail trail, List<String> parentHints,
                       Consumer<Entry> emit) {
        List<String> hints = new ArrayList<>(trail.hints());
        hints.addAll(parentHints);
        assembler.assemble(at, text, text.date(), List.of(), Map.of(), trail.section(), hints).ifPresent(emit);
    }

    /**
     * The paragraphs of nested items when every nested item is only labelled links ({@code [Code](...)}),
     * so they belong to the item above; null when there are none or any item names something of its own.
     */
    private static List<Node> labelledOnly(List<ListBlock> nested) {
        List<Node> out = new ArrayList<>();
        for (ListBlock l : nested) {
            for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof Paragraph)) {
                        return null;
                    }
                    InlineReader.ItemText t = InlineReader.read(List.of(c));
                    if (t.links().isEmpty() || !t.title().isEmpty() || t.titleLink() != null) {
                        return null;
                    }
                    out.add(c);
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * A paragraph written as a list: read whole as one entry when it links one paper (or, without
     * papers, one repository); else one entry per line that has a link. Lines are cut at line breaks.
     */
    void readParagraph(Paragraph paragraph, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        Set<String> keys = new HashSet<>();
        Set<String> repos = new HashSet<>();
        for (Link l : MarkdownSyntax.links(paragraph)) {
            LinkTarget t = LinkTarget.of(l.getDestination());
            if (t.arxiv() != null) {
                keys.add(t.arxiv().id());
            } else if (t.kind() == LinkTarget.Kind.REPOSITORY) {
                repos.add(t.repo().slug());
            }
        }
        if (keys.isEmpty() && repos.isEmpty()) {
            return;
        }
        if (keys.size() == 1 || (keys.isEmpty() && repos.size() == 1)) {
            item(paragraph, place, trail, emit);
            return;
        }
        for (Paragraph line : lines(paragraph)) {
            if (!MarkdownSyntax.links(line).isEmpty()) {
                item(line, place, trail, emit);
            }
        }
    }

    /** A paragraph or line read as a list item, unless it is prose (more words than an item has): then said so. */
    private void item(Paragraph p, Place place, HeadingTrail trail, Consumer<Entry> emit) {
        InlineReader.ItemText text = InlineReader.read(List.of(p));
        if (text.text().split("\\s+").length > PROSE_WORDS) {
            problems.accept(new ImportProblem(Kind.UNREAD_BLOCK, place.at(p), "a paragraph of " + PROSE_WORDS
                    + "+ words with links to papers or repositories reads as prose, not a list item: not read"));
            return;
        }
        entry(text, place.at(p), trail, List.of(), emit);
    }

    /** The paragraph cut at its line breaks, each line a paragraph of its own (the nodes are moved). */
    private static List<Paragraph> lines(Paragraph p) {
        List<Paragraph> out = new ArrayList<>();
        Paragraph line = new Paragraph();
        for (Node c = p.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                out.add(line);
                line = new Paragraph();
            } else {
                if (line.getFirstChild() == null) {
                    line.setSourceSpans(c.getSourceSpans());
                }
                line.appendChild(c);
            }
            c = next;
        }
        out.add(line);
        return out;
    }
}
