package org.grpokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.grpokg.query.OutputFormat;
import org.grpokg.query.QueryRunner;
import org.grpokg.server.ServerRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the graph.",
            "Prefixes gkg:, kg:, dcterms:, skos:, schema:, prov:, fabio:, fair4ml: ... are predeclared.",
            "While 'grpo-kg serve' holds the store, the query is sent to the running server."})
final class QueryCommand implements Callable<Integer>, Stdout {

    private OutputStream stdout = System.out;

    @Override
    public void stdout(OutputStream out) {
        this.stdout = out;
    }

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). Graph results: Turtle; json gives JSON-LD, xml RDF/XML.")
    String format;

    @Mixin
    DataOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat out = Formats.parse(OutputFormat.class, format, "--format");
        String text = source.text != null ? source.text : read(source.file);
        String where = source.file != null ? source.file + ": " : "";
        Query query;
        try {
            query = QueryRunner.parse(text);
        } catch (QueryParseException e) {
            throw new QueryParseException(where + e.getMessage(), e.getLine(), e.getColumn());
        }
        Optional<ServerRecord> server = GraphAccess.server(options);
        if (server.isPresent()) {
            QueryRunner.runRemote(query, server.get().queryEndpoint(), out, stdout);
        } else {
            GraphAccess.withLocalStore(options, ds -> QueryRunner.run(query, ds, out, stdout));
        }
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": not UTF-8 text (is it a query file?)");
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": cannot read: " + e.getMessage());
        }
    }
}
