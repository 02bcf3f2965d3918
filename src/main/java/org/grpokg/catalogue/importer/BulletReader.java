package org.grpokg.catalogue.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;

/**
 * Reads a bullet (or numbered) list, one entry an item. An item without links that holds a nested
 * list is a heading for it (its text a hint); the nested lists of an entry are its details, not
 * read. Items whose links only point inside the document (a table of contents) are navigation.
 */
final class BulletReader {

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
        boolean outward = links.stream().anyMatch(l -> {
            LinkTarget.Kind k = LinkTarget.of(l.getDestination()).kind();
            return k != LinkTarget.Kind.ANCHOR && k != LinkTarget.Kind.RELATIVE;
        });
        if (!outward) {
            if (!nested.isEmpty()) {
                List<String> hints = new ArrayList<>(parentHints);
                String hint = InlineReader.clean(text.text());
                if (!hint.isEmpty()) {
                    hints.add(hint);
                }
                for (ListBlock l : nested) {
                    read(l, place, trail, hints, emit);
                }
            } else if (links.isEmpty() && trail.inSection() && !text.text().isBlank()) {
                String bare = LinkTarget.bareUrl(text.text()).map(u -> " (a bare address is not a link: " + u + ")").orElse("");
                problems.accept(new ImportProblem(Kind.NO_LINK, place.at(item), "list item has no link: '"
                        + EntryAssembler.excerpt(text.text()) + "'" + bare));
            }
            return;
        }
        List<String> hints = new ArrayList<>(trail.hints());
        hints.addAll(parentHints);
        assembler.assemble(place.at(item), text, text.date(), List.of(), Map.of(), trail.section(), hints).ifPresent(emit);
    }
}
