package org.grpokg.catalogue.importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.grpokg.catalogue.MarkdownSyntax;
import org.grpokg.catalogue.importer.ImportProblem.Kind;
import org.grpokg.model.Entry;
import org.grpokg.model.SourcePosition;

/**
 * Reads an awesome list written by others (Markdown: GitHub tables and bullet lists) into
 * {@link Entry} records, passed on one by one as they are read, through the project's one
 * Markdown parser ({@link MarkdownSyntax}). Problems are reported, not guessed, on the report
 * stream. The public entry of the import stage.
 */
public final class ListImporter {

    private final ImportReport report;

    /** An importer reporting to {@code reportOut} (stderr in the CLI). */
    public ListImporter(PrintWriter reportOut) {
        this.report = new ImportReport(reportOut);
    }

    public ImportReport report() {
        return report;
    }

    /**
     * Reads {@code file}, passing each entry to {@code sink} in document order.
     *
     * @throws org.grpokg.catalogue.CatalogueException when the file is missing, binary or not UTF-8
     */
    public ImportSummary read(Path file, Consumer<Entry> sink) {
        String name = file.toString();
        long lines = MarkdownSource.check(file, name);
        Run run = new Run(name, sink, lines);
        MarkdownSource.pieces(file, name, run::piece, (line, length) -> run.problem(new ImportProblem(Kind.LINE_TOO_LONG,
                new SourcePosition(name, line), "line of " + length + " characters: not read")));
        report.summary(name, lines);
        String title = run.trail.title() != null && !run.trail.title().isEmpty() ? run.trail.title()
                : String.valueOf(file.getFileName());
        return new ImportSummary(name, title, lines, report.entries(), report.skipped(), report.warnings());
    }

    /** The state of one import: headings seen, keys seen, the current section. */
    private final class Run {
        final String file;
        final Consumer<Entry> sink;
        final long lines;
        final HeadingTrail trail = new HeadingTrail();
        final DuplicateCheck duplicates = new DuplicateCheck();
        final EntryAssembler assembler = new EntryAssembler(this::problem);
        final TableReader tables = new TableReader(assembler, this::problem, this::problem);
        final BulletReader bullets = new BulletReader(assembler, this::problem);
        String sectionKey = "";

        Run(String file, Consumer<Entry> sink, long lines) {
            this.file = file;
            this.sink = sink;
            this.lines = lines;
        }

        void piece(String text, int firstLine, int lastLine) {
            Place place = new Place(file, firstLine, text);
            Node document = MarkdownSyntax.parse(text);
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                block(block, place);
            }
            report.progress(file, lastLine, lines);
        }

        private void block(Node block, Place place) {
            if (block instanceof Heading h) {
                HeadingTrail.Heading entered = trail.enter(h.getLevel(), InlineText.of(h), place.at(h).line());
                sectionKey = trail.path();
                if (entered.meta() && !trail.ignoredAbove()) {
                    report.ignoredSection(entered.text(), entered.line());
                }
                return;
            }
            if (trail.ignored()) {
                return;
            }
            if (block instanceof TableBlock t) {
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(t).line(), "table");
                tables.read(t, place, trail, this::accept);
            } else if (block instanceof ListBlock l) {
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(l).line(), "list");
                bullets.read(l, place, trail, List.of(), this::accept);
            } else if (trail.inSection() && (block instanceof Paragraph || block instanceof BlockQuote || block instanceof HtmlBlock)) {
                unread(block, place);
            }
        }

        /** A paragraph, quote or HTML block with links to papers or repositories: not read, said so. */
        private void unread(Node block, Place place) {
            int found = 0;
            if (block instanceof HtmlBlock html) {
                String s = html.getLiteral();
                found = s.contains("arxiv.org/") || s.contains("github.com/") ? 1 : 0;
            } else {
                for (Link l : MarkdownSyntax.links(block)) {
                    LinkTarget.Kind k = LinkTarget.of(l.getDestination()).kind();
                    if (k == LinkTarget.Kind.ARXIV || k == LinkTarget.Kind.REPOSITORY) {
                        found++;
                    }
                }
            }
            if (found > 0) {
                String what = block instanceof HtmlBlock ? "an HTML block" : block instanceof BlockQuote ? "a quote" : "a paragraph";
                problem(new ImportProblem(Kind.UNREAD_BLOCK, place.at(block), what + " with links to papers or repositories"
                        + " is neither a list nor a table: not read"));
            }
        }

        void accept(Entry e) {
            Optional<ImportProblem> p = duplicates.check(e);
            if (p.isPresent()) {
                problem(p.get());
                if (p.get().kind().skips()) {
                    return;
                }
            }
            report.entryRead(sectionKey);
            sink.accept(e);
        }

        void problem(ImportProblem p) {
            problem(p, 1);
        }

        void problem(ImportProblem p, int items) {
            report.problem(p, items);
            if (p.kind().skips()) {
                for (int i = 0; i < items; i++) {
                    report.entrySkipped(sectionKey);
                }
            }
        }
    }
}
