package org.grpokg.catalogue.importer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.grpokg.model.Entry;

/** One import run in a test: the entries passed on, the summary, and the report text. */
record ImportRun(List<Entry> entries, ImportSummary summary, ImportReport report, String text) {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    static ImportRun of(Path file) {
        StringWriter out = new StringWriter();
        ListImporter importer = new ListImporter(new PrintWriter(out, true));
        List<Entry> entries = new ArrayList<>();
        ImportSummary summary = importer.read(file, entries::add);
        return new ImportRun(entries, summary, importer.report(), out.toString());
    }

    static ImportRun fixture(String name) {
        return of(FIXTURES.resolve(name));
    }

    /** The entry read at a line of the file. */
    Entry line(int line) {
        return entries.stream().filter(e -> e.source().line() == line).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entry read at line " + line + "; report:\n" + text));
    }

    Entry key(String key) {
        return entries.stream().filter(e -> e.key().toString().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entry " + key + "; report:\n" + text));
    }

    List<String> keys() {
        return entries.stream().map(e -> e.key().toString()).toList();
    }

    /** The report lines about one line of the file. */
    List<String> problemsAt(int line) {
        return text.lines().filter(l -> l.contains(":" + line + ": ")).toList();
    }
}
