package org.grpokg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes {@code queries/README.md}, the table of contents of the query library, from the headers
 * of the query files. A test fails when the file is out of date; to regenerate it:
 * {@code java -cp target/grpo-kg.jar org.grpokg.query.LibraryContents queries}.
 */
public final class LibraryContents {

    private LibraryContents() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "queries");
        Files.writeString(folder.resolve("README.md"), render(QueryLibrary.of(folder)), StandardCharsets.UTF_8);
    }

    /** The README's text for a library. */
    public static String render(QueryLibrary library) {
        StringBuilder md = new StringBuilder();
        md.append("# The query library\n\n")
          .append("<!-- Generated from the headers of the .rq files by org.grpokg.query.LibraryContents: do not edit.\n")
          .append("     Regenerate with: java -cp target/grpo-kg.jar org.grpokg.query.LibraryContents queries -->\n\n")
          .append("Research questions over the graph, one SPARQL file each (`NN-slug.rq`), with the expected result for\n")
          .append("the default parameters beside it (`NN-slug.csv`) and, for other documented parameter values,\n")
          .append("`NN-slug.NAME-VALUE.csv` (`/` written `+`). Every file is plain SPARQL and runs unchanged in the Fuseki UI.\n\n")
          .append("```sh\n")
          .append("./grpo-kg query --list                                             # this table, one line each\n")
          .append("./grpo-kg query 08 --format csv                                    # by number ...\n")
          .append("./grpo-kg query entries-on-base-model --param model=Qwen/Qwen2.5-VL-7B-Instruct   # ... or slug, with a parameter\n")
          .append("```\n\n")
          .append("## Header\n\n")
          .append("Each file opens with SPARQL comments that tools read (grlc style):\n\n")
          .append("```\n")
          .append("#+ summary: what the result holds, in one sentence\n")
          .append("#+ question: the research question it answers\n")
          .append("#+ tags: comma-separated\n")
          .append("#+ param: NAME = DEFAULT — what it is          (one line per parameter)\n")
          .append("#+ expected: NN-slug.csv                       (the result for the defaults)\n")
          .append("#+ example: NAME=VALUE -> NN-slug.NAME-VALUE.csv   (the result for another value; optional)\n")
          .append("```\n\n")
          .append("A parameter is the variable of a `VALUES` block whose value is the default, e.g.\n")
          .append("`VALUES ?model { \"Qwen/Qwen2-VL-2B-Instruct\" }`. `--param NAME=VALUE` replaces that value in the parsed\n")
          .append("query with an RDF term of the same kind (a literal for a literal, an IRI for an IRI), never by editing\n")
          .append("the text, so no value can change what the query does. In the Fuseki UI, edit the value in the block.\n\n")
          .append("## Contents\n\n")
          .append("| # | file | question | tags | parameters |\n")
          .append("|---|---|---|---|---|\n");
        for (LibraryQuery q : library.queries()) {
            String params = q.params().stream()
                    .map(p -> "`" + p.name() + "` (default `" + p.defaultValue() + "`): " + p.description())
                    .collect(Collectors.joining("; "));
            md.append("| ").append(q.number()).append(" | [").append(q.file()).append("](").append(q.file()).append(") | ")
              .append(cell(q.question())).append(" | ").append(cell(q.tags())).append(" | ").append(cell(params)).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
