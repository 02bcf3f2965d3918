package org.grpokg.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/** Writes a comparison table as Markdown, CSV or HTML. */
public final class TableWriter {

    private static final Mustache HTML = new DefaultMustacheFactory("compare").compile("table.mustache");

    private TableWriter() {
    }

    public static void write(ComparisonTable table, TableFormat format, Writer out) {
        try {
            switch (format) {
                case MARKDOWN -> markdown(table, out);
                case CSV -> csv(table, out);
                case HTML -> HTML.execute(out, Map.of("header", table.header(),
                        "rows", table.rows().stream().map(r -> Map.of("cells", r)).toList())).flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void markdown(ComparisonTable t, Writer out) throws IOException {
        out.write(markdownRow(t.header()));
        out.write(t.header().stream().map(h -> "---").collect(Collectors.joining("|", "|", "|\n")));
        for (List<String> row : t.rows()) {
            out.write(markdownRow(row));
        }
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(TableWriter::markdownCell).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /**
     * A cell's text as Markdown that shows it literally: one line, and a backslash before each
     * character GFM would read as table syntax ({@code |}) or inline markup.
     */
    static String markdownCell(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.replaceAll("[\\r\\n]+", " ").strip().toCharArray()) {
            if ("\\|*_`<>[]".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void csv(ComparisonTable t, Writer out) throws IOException {
        out.write(csvRow(t.header()));
        for (List<String> row : t.rows()) {
            out.write(csvRow(row));
        }
    }

    private static String csvRow(List<String> cells) {
        return cells.stream().map(TableWriter::csvField).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
