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
        ArxivCoverage.Result coverage = run.coverage.result(() -> {
            try {
                return java.nio.file.Files.lines(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        report.coverage(name, coverage);
        String title = run.trail.title() != null && !run.trail.title().isEmpty() ? run.trail.title()
                : String.valueOf(file.getFileName());
        return new ImportSummary(name, title, lines, report.entries(), report.skipped(), report.warnings(), coverage.linked(),
                coverage.read(), coverage.missed().stream().map(m -> new ImportSummary.MissedId(m.id(), m.line())).toList());
    }

    /** The state of one import: headings seen, keys seen, the current section. */
    private final class Run {
        final String file;
        final Consumer<Entry> sink;
        final long lines;
        final HeadingTrail trail = new HeadingTrail();
        final DuplicateCheck duplicates = new DuplicateCheck();
        final EntryAssembler assembler = new EntryAssembler(this::problem);
        final TableReader tables = new TableReader(assembler, this::problem, report::columns);
        final BulletReader bullets = new BulletReader(assembler, this::problem);
        final HtmlBlockReader html = new HtmlBlockReader(bullets);
        final ArxivCoverage coverage = new ArxivCoverage();
        String sectionKey = "";

        Run(String file, Consumer<Entry> sink, long lines) {
            this.file = file;
            this.sink = sink;
            this.lines = lines;
        }

        void piece(String text, int firstLine, int lastLine) {
            coverage.scan(text, firstLine);
            Place place = new Place(file, firstLine, text);
            Node document = MarkdownSyntax.parse(text);
            InlineLinks.normalise(document);
            unsafeLinks(document, place);
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
                if (BulletReader.navigation(t)) {
                    report.ignoredSection(navigation(), place.at(t).line());
                    return;
                }
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(t).line(), "table");
                tables.read(t, place, trail, this::accept);
            } else if (block instanceof ListBlock l) {
                if (BulletReader.navigation(l)) {
                    report.ignoredSection(navigation(), place.at(l).line());
                    return;
                }
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(l).line(), "list");
                bullets.read(l, place, trail, List.of(), this::accept);
            } else if (block instanceof BlockQuote q) {
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    block(c, place);
                }
            } else if (trail.inSection() && block instanceof Paragraph p && !BulletReader.navigation(p)) {
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(p).line(), "text");
                bullets.readParagraph(p, place, trail, this::accept);
            } else if (trail.inSection() && block instanceof HtmlBlock h && HtmlBlockReader.hasLinks(h)) {
                report.section(sectionKey, trail.sectionLine() > 0 ? trail.sectionLine() : place.at(h).line(), "HTML");
                html.read(h, place, trail, this::accept);
            }
        }

        private String navigation() {
            return (trail.section().isEmpty() ? "links" : trail.section()) + ": links to #anchors only";
        }

        /** Every link to a script or a local file, one line each, wherever it is. */
        private void unsafeLinks(Node document, Place place) {
            for (Link l : MarkdownSyntax.links(document)) {
                String d = l.getDestination();
                if (d == null || d.startsWith("http") || d.startsWith("#")) {
                    continue;
                }
                LinkTarget t = LinkTarget.of(d);
                if (t.kind() == LinkTarget.Kind.UNSAFE) {
                    problem(new ImportProblem(Kind.UNSAFE_LINK, place.at(l), "link '" + EntryAssembler.excerpt(InlineText.of(l))
                            + "' is " + t.note() + ": not followed (" + EntryAssembler.excerpt(t.url()) + ")"));
                }
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
            if (e.arxivId() != null) {
                coverage.read(e.arxivId());
            }
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
