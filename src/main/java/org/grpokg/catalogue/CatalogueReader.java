package org.grpokg.catalogue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.grpokg.model.ArxivId;
import org.grpokg.model.Catalogue;
import org.grpokg.model.Entry;
import org.grpokg.model.EntryKey;
import org.grpokg.model.EntryKind;
import org.grpokg.model.Listing;
import org.grpokg.model.PartialDate;
import org.grpokg.model.RepoRef;
import org.grpokg.model.Section;
import org.grpokg.model.SourcePosition;

/**
 * Reads the project's own catalogue ({@code data/catalogue.md}) strictly: a {@code #} title, an
 * introduction, and {@code ##} sections holding either a table (Date | Paper | Repository) or a
 * bullet list of links. Anything it cannot read is an error naming file and line, because the
 * graph is built from it. (Lists written by others go through the tolerant importer instead.)
 */
public final class CatalogueReader {

    /** The source lines of the piece being read (table rows are counted from them). */
    private String[] lines = new String[0];
    /** File line of each line of the piece being read (index: piece line - 1); null when the piece is the whole file. */
    private int[] lineMap;

    /** Reads a catalogue file; the file name in messages is the path as given. */
    public Catalogue read(Path file) {
        return read(readText(file), file.toString());
    }

    static String readText(Path file) {
        return InputText.read(file);
    }

    /** Reads catalogue text; the text is checked as {@link InputText} checks a file (a leading BOM is dropped). */
    public Catalogue read(String markdown, String fileName) {
        if (!markdown.isEmpty() && markdown.charAt(0) == '\uFEFF') {
            markdown = markdown.substring(1);
        }
        InputText.check(markdown, fileName);
        Collector collector = new Collector();
        Blocks blocks = new Blocks(fileName, collector, new Seen.InMemory());
        blocks.piece(markdown, markdown.split("\r?\n", -1), null, false);
        blocks.finish();
        return new Catalogue(blocks.title, blocks.intro.toString(), collector.sections);
    }

    /** Receives what a catalogue holds, in the order it is written (sections numbered from 0). */
    public interface Listener {
        /** An entry of section {@code section}, as the section lists it. */
        void entry(int section, Entry entry);

        /** A section ends: its heading, layout and number of entries. */
        void section(int section, String heading, Section.Layout layout, int entries);
    }

    /** The keys seen so far: a repeated key is an error naming the line of the first. */
    interface Seen {
        /** Records {@code e}; returns the line of an earlier entry with the same key, or -1. */
        int putIfAbsent(Entry e);

        /** Every key in a map: for catalogues read whole. */
        final class InMemory implements Seen {
            private final Map<EntryKey, Entry> seen = new HashMap<>();

            @Override
            public int putIfAbsent(Entry e) {
                Entry before = seen.putIfAbsent(e.key(), e);
                return before == null ? -1 : before.source().line();
            }
        }
    }

    /** Collects sections into memory (the whole-file reader). */
    private static final class Collector implements Listener {
        final List<Section> sections = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();

        @Override
        public void entry(int section, Entry entry) {
            entries.add(entry);
        }

        @Override
        public void section(int section, String heading, Section.Layout layout, int count) {
            sections.add(new Section(heading, kindOf(heading), layout, entries));
            entries = new ArrayList<>();
        }
    }

    /**
     * Reads a catalogue block by block, from one or more pieces of its text (a piece is a run of
     * whole blocks, except that the last block of a piece may go on in the next one: a table cut
     * between rows, whose next piece repeats its header, or a bullet list cut between items).
     * A repeated key is reported when the block holding it ends, after the block's own problems,
     * as when the block is read at once.
     */
    final class Blocks {
        private final String fileName;
        private final Listener listener;
        private final Seen seen;
        String title;
        final StringBuilder intro = new StringBuilder();
        private String heading;
        private Section.Layout layout;
        private int section = -1;
        private int inSection;
        private long total;
        private CatalogueException repeated;

        Blocks(String fileName, Listener listener, Seen seen) {
            this.fileName = fileName;
            this.listener = listener;
            this.seen = seen;
        }

        /**
         * Reads one piece: {@code text} (its lines {@code pieceLines}), whose line i is line
         * {@code map[i - 1]} of the file (null: the piece is the file); {@code lastGoesOn} when its
         * last block continues in the next piece.
         */
        void piece(String text, String[] pieceLines, int[] map, boolean lastGoesOn) {
            piece(MarkdownSyntax.parse(text), pieceLines, map, lastGoesOn);
        }

        /** As {@link #piece(String, String[], int[], boolean)}, the piece already parsed. */
        void piece(Node document, String[] pieceLines, int[] map, boolean lastGoesOn) {
            lines = pieceLines;
            lineMap = map;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                block(block);
                if (block.getNext() != null || !lastGoesOn) {
                    blockEnds();
                }
            }
        }

        private void blockEnds() {
            if (repeated != null) {
                throw repeated;
            }
        }

        private void block(Node block) {
            if (block instanceof Heading h && h.getLevel() == 1 && title == null && heading == null) {
                title = MarkdownSyntax.text(h);
            } else if (block instanceof Heading h && h.getLevel() == 2) {
                endSection();
                heading = MarkdownSyntax.text(h);
                layout = null;
                section++;
                inSection = 0;
            } else if (heading == null && block instanceof Paragraph p) {
                if (!intro.isEmpty()) {
                    intro.append("\n\n");
                }
                intro.append(MarkdownSyntax.text(p));
            } else if (heading != null && (block instanceof TableBlock || block instanceof BulletList)) {
                Section.Layout here = block instanceof TableBlock ? Section.Layout.TABLE : Section.Layout.BULLETS;
                if (layout != null && layout != here) {
                    throw error(fileName, block, "section '" + heading + "' mixes a table and a bullet list");
                }
                layout = here;
                EntryKind kind = kindOf(heading);
                List<Entry> read = block instanceof TableBlock t
                        ? readTable(t, heading, kind, fileName)
                        : readBullets((BulletList) block, heading, kind, fileName);
                for (Entry e : read) {
                    int before = seen.putIfAbsent(e);
                    if (before >= 0 && repeated == null) {
                        repeated = new CatalogueException(e.source(), "entry " + e.key()
                                + " is listed twice (first at line " + before + ")");
                    }
                    listener.entry(section, e);
                    inSection++;
                    total++;
                }
            }
        }

        private void endSection() {
            if (heading != null) {
                listener.section(section, heading, layout == null ? Section.Layout.BULLETS : layout, inSection);
            }
        }

        /** After the last piece: the last section ends; a catalogue needs a title and an entry. */
        void finish() {
            endSection();
            if (title == null) {
                throw new CatalogueException(new SourcePosition(fileName, 1), "no '# title' heading: is this the catalogue?");
            }
            if (total == 0) {
                throw new CatalogueException(new SourcePosition(fileName, 0), "no entries found under any '##' section");
            }
        }
    }

    /** The file line of a node of the piece being read. */
    private int line(Node node) {
        int l = MarkdownSyntax.line(node);
        return lineMap == null || l < 1 || l > lineMap.length ? l : lineMap[l - 1];
    }

    private static Section section(String heading, Section.Layout layout, List<Entry> entries) {
        return new Section(heading, kindOf(heading), layout == null ? Section.Layout.BULLETS : layout, entries);
    }

    /** The kind of entries a section holds, from its heading. */
    public static EntryKind kindOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.strip().equals(Section.IMPORTED.toLowerCase(Locale.ROOT))) {
            // entries from other lists, not yet curated, as 'grpo-kg render' writes them back
            return EntryKind.IMPORTED;
        }
        if (h.contains("survey")) {
            return EntryKind.SURVEY;
        }
        if (h.contains("repositor") || h.contains("project") || h.contains("code only")) {
            return EntryKind.REPOSITORY;
        }
        return EntryKind.PAPER;
    }

    private List<Entry> readTable(TableBlock table, String section, EntryKind kind, String file) {
        TableHead head = (TableHead) table.getFirstChild();
        List<String> headers = new ArrayList<>();
        for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
            headers.add(MarkdownSyntax.text(cell).toLowerCase(Locale.ROOT));
        }
        int columns = headers.size();
        int dateCol = column(headers, "date");
        int paperCol = column(headers, "paper", "title");
        int repoCol = column(headers, "repositor", "code", "github");
        if (paperCol < 0) {
            throw error(file, table, "table has no 'Paper' column (headers: " + String.join(", ", headers) + ")");
        }
        List<Entry> out = new ArrayList<>();
        if (!(head.getNext() instanceof TableBody body)) {
            return out;
        }
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            List<TableCell> cells = cells((TableRow) row);
            int pieceLine = MarkdownSyntax.line(row);
            SourcePosition at = new SourcePosition(file, line(row));
            int written = cellsWritten(pieceLine);
            if (written != columns) {
                // GFM pads a short row with empty cells and drops the extra ones: neither is what the editor meant
                throw new CatalogueException(at, "row has " + written + " cell" + (written == 1 ? "" : "s") + ", the table has "
                        + columns + " columns (" + String.join(" | ", headers) + ")");
            }
            PartialDate date = dateCol >= 0 ? parseDate(MarkdownSyntax.text(cells.get(dateCol)), at) : null;
            Link paper = firstLink(cells.get(paperCol))
                    .orElseThrow(() -> new CatalogueException(at, "row has no paper link"));
            onlyLinks(cells.get(paperCol), "paper cell", at);
            String paperUrl = destination(paper, at);
            ArxivId arxiv = ArxivId.fromUrl(paperUrl).orElse(null);
            String repoUrl = null;
            RepoRef repo = null;
            String label = null;
            if (repoCol >= 0) {
                Optional<Link> link = firstLink(cells.get(repoCol));
                String text = MarkdownSyntax.text(cells.get(repoCol));
                if (link.isPresent()) {
                    onlyLinks(cells.get(repoCol), "repository cell", at);
                    repoUrl = destination(link.get(), at);
                    label = MarkdownSyntax.text(link.get());
                    repo = RepoRef.fromUrl(repoUrl).orElseThrow(() ->
                            new CatalogueException(at, "repository link is not a GitHub repository: " + link.get().getDestination()));
                } else if (!text.isEmpty() && !text.equals("-")) {
                    throw new CatalogueException(at, "repository cell is neither a link nor '-': " + text);
                }
            }
            if (arxiv == null && repo == null) {
                throw new CatalogueException(at, "paper link names no arXiv id and there is no repository: " + paperUrl);
            }
            out.add(new Entry(kind, arxiv, repo, Listing.ofCatalogue(title(paper, at), date, paperUrl, repoUrl, label, section, at)));
        }
        return out;
    }

    private List<Entry> readBullets(BulletList list, String section, EntryKind kind, String file) {
        List<Entry> out = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            SourcePosition at = new SourcePosition(file, line(item));
            List<Link> links = MarkdownSyntax.links(item);
            if (links.isEmpty()) {
                throw new CatalogueException(at, "list item has no link: " + MarkdownSyntax.text(item));
            }
            Link main = links.get(0);
            onlyLinks(item, "list item", at);
            String url = destination(main, at);
            ArxivId arxiv = ArxivId.fromUrl(url).orElse(null);
            RepoRef repo = RepoRef.fromUrl(url).orElse(null);
            String paperUrl = arxiv != null ? url : null;
            String repoUrl = repo != null ? url : null;
            for (Link extra : links.subList(1, links.size())) {
                RepoRef r = RepoRef.fromUrl(extra.getDestination()).orElse(null);
                if (repo == null && r != null) {
                    repo = r;
                    repoUrl = extra.getDestination();
                }
            }
            if (arxiv == null && repo == null) {
                throw new CatalogueException(at, "link is neither an arXiv paper nor a GitHub repository: " + url);
            }
            EntryKind entryKind = kind == EntryKind.REPOSITORY && arxiv != null ? EntryKind.PAPER : kind;
            out.add(new Entry(entryKind, arxiv, repo, Listing.ofCatalogue(title(main, at), null, paperUrl, repoUrl, null, section, at)));
        }
        return out;
    }

    /**
     * The number of cells a table row has as written: its pipes that are not escaped, less the
     * leading and trailing ones (GFM counts cells the same way).
     */
    private int cellsWritten(int line) {
        if (line < 1 || line > lines.length) {
            return -1;
        }
        String l = lines[line - 1].strip();
        int pipes = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        int cells = pipes + 1;
        if (l.startsWith("|")) {
            cells--;
        }
        if (l.length() > 1 && l.endsWith("|") && !l.endsWith("\\|")) {
            cells--;
        }
        return cells;
    }

    /**
     * A cell or list item holds links and blanks only: text outside the links (such as a stray
     * {@code [} that made the link start later) would be dropped from the entry, so it is an error.
     */
    private static void onlyLinks(Node node, String what, SourcePosition at) {
        String outside = outsideLinks(node).replaceAll("\\s+", " ").trim();
        if (!outside.isEmpty()) {
            throw new CatalogueException(at, what + " has text outside its link" + (what.equals("list item") ? "s" : "")
                    + ": '" + outside + "' (put it inside the link text, or escape a literal [ as \\[)");
        }
    }

    private static String outsideLinks(Node node) {
        if (node instanceof Link) {
            return "";
        }
        if (node instanceof org.commonmark.node.Text || node instanceof org.commonmark.node.Code) {
            return MarkdownSyntax.text(node);
        }
        if (node instanceof org.commonmark.node.HtmlInline h) {
            return h.getLiteral();
        }
        StringBuilder sb = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            sb.append(outsideLinks(child)).append(' ');
        }
        return sb.toString();
    }

    /** A link's text; an entity such as {@code &#x202E;} must not bring back what the raw text may not hold. */
    private static String title(Link link, SourcePosition at) {
        String t = MarkdownSyntax.text(link);
        InputText.problem(t).ifPresent(p -> {
            throw new CatalogueException(at, "title: " + p);
        });
        return t;
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            cells.add((TableCell) c);
        }
        return cells;
    }

    private static int column(List<String> headers, String... words) {
        for (int i = 0; i < headers.size(); i++) {
            for (String w : words) {
                if (headers.get(i).contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Optional<Link> firstLink(Node cell) {
        List<Link> links = MarkdownSyntax.links(cell);
        return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0));
    }

    private static String destination(Link link, SourcePosition at) {
        String url = link.getDestination();
        if (url == null || url.isBlank()) {
            throw new CatalogueException(at, "link '" + MarkdownSyntax.text(link) + "' has no address");
        }
        return url.trim();
    }

    static PartialDate parseDate(String text, SourcePosition at) {
        return CatalogueDates.parse(text).orElseThrow(() -> new CatalogueException(at,
                "cannot read date '" + text + "' (expected like 'Mar 4, 2025', 'Mar 2025' or 2025-03-04)"));
    }

    private CatalogueException error(String file, Node node, String message) {
        return new CatalogueException(new SourcePosition(file, line(node)), message);
    }
}
