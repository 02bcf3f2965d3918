package org.grpokg.catalogue.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.grpokg.model.ImportedEntry;

/** One import run in a test: the entries passed on, the summary, and the report text. */
record ImportRun(List<ImportedEntry> entries, ImportSummary summary, ImportReport report, String text) {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    static ImportRun of(Path file) {
        StringWriter out = new StringWriter();
        ListImporter importer = new ListImporter(new PrintWriter(out, true));
        List<ImportedEntry> entries = new ArrayList<>();
        ImportSummary summary = importer.read(file, entries::add);
        return new ImportRun(entries, summary, importer.report(), out.toString());
    }

    static ImportRun fixture(String name) {
        return of(FIXTURES.resolve(name));
    }

    /** The entry read at a line of the file. */
    ImportedEntry line(int line) {
        return entries.stream().filter(e -> e.source().line() == line).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entry read at line " + line + "; report:\n" + text));
    }

    ImportedEntry key(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entry " + key + "; report:\n" + text));
    }

    List<String> keys() {
        return entries.stream().map(ImportedEntry::key).toList();
    }

    /** The report lines about one line of the file. */
    List<String> problemsAt(int line) {
        return text.lines().filter(l -> l.contains(":" + line + ": ")).toList();
    }
}
