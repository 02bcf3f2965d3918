package org.grpokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.grpokg.connect.GraphSource;
import org.grpokg.query.Deadline;
import org.grpokg.query.LibraryQuery;
import org.grpokg.query.OutputFormat;
import org.grpokg.query.QueryLibrary;
import org.grpokg.query.QueryLimitException;
import org.grpokg.query.QueryLimits;
import org.grpokg.query.QueryParameterException;
import org.grpokg.query.QueryParameters;
import org.grpokg.query.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the graph.",
            "QUERY is a query of the library by number or slug (08, entries-on-base-model; --list shows them) or a file.",
            "--param NAME=VALUE sets a parameter its header declares (#+ param:), bound as one RDF term.",
            "Prefixes gkg:, kg:, dcterms:, skos:, schema:, prov:, fabio:, fair4ml: ... are predeclared.",
            "While 'grpo-kg serve' holds the store, the query is sent to the running server; --endpoint sends it to any SPARQL store.",
            "Limits: --timeout (parsing and execution together), --max-query-size, --max-results; the whole result is",
            "collected before anything is printed, so a query stopped by a limit prints nothing and exits 8 (or 2 when too large)."})
final class QueryCommand implements Callable<Integer>, Stdout {

    private OutputStream stdout = System.out;

    @Override
    public void stdout(OutputStream out) {
        this.stdout = out;
    }

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "A query of the library (number or slug), or a file holding a query.")
        String name;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;

        @Option(names = "--list", description = "List the query library, one line each: number, slug, question.")
        boolean list;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Set a parameter of the query (repeatable); the value is bound as one RDF term, never pasted into the text.")
    List<String> params = new java.util.ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}). Graph results: Turtle; json gives JSON-LD, xml RDF/XML.")
    String format;

    @Mixin
    DataOptions options;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    EndpointOptions endpoint;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (source.list) {
            list(QueryLibrary.builtIn().queries());
            return ExitCodes.OK;
        }
        OutputFormat out = Formats.parse(OutputFormat.class, format, "--format");
        QueryLimits limits = limitOptions.limits(QueryLimits.cli());
        String text;
        String where;
        if (source.text != null) {
            text = source.text;
            where = "";
        } else {
            Path file;
            try {
                file = Path.of(source.name);
            } catch (java.nio.file.InvalidPathException e) {
                throw new UserException(ExitCodes.USAGE, "no query '" + source.name + "' in the library and not a file name");
            }
            Optional<LibraryQuery> inLibrary = Files.exists(file) ? Optional.empty() : QueryLibrary.builtIn().find(source.name);
            if (inLibrary.isPresent()) {
                text = inLibrary.get().text();
                where = inLibrary.get().file() + ": ";
            } else if (Files.exists(file) || source.name.endsWith(".rq") || source.name.contains("/")) {
                text = read(file, limits);
                where = file + ": ";
            } else {
                throw new UserException(ExitCodes.USAGE, "no query '" + source.name + "' in the library and no such file (grpo-kg query --list shows the library)");
            }
        }
        // one deadline from here: parsing and execution share the time limit (Jena's start-up does not count)
        QueryRunner.warmUp();
        Deadline deadline = limits.deadline();
        Query query;
        try {
            query = QueryRunner.parse(text, limits, deadline);
        } catch (QueryParseException e) {
            throw new QueryParseException(where + e.getMessage(), e.getLine(), e.getColumn());
        } catch (QueryLimitException e) {
            throw new QueryLimitException(e.kind(), where + e.getMessage());
        }
        try {
            QueryParameters.bind(query, LibraryQuery.params(text), params());
        } catch (QueryParameterException e) {
            throw new UserException(ExitCodes.USAGE, where + e.getMessage());
        }
        // building or opening the store does not count against the query's time
        Deadline.Paused paused = deadline.pause();
        try (GraphSource graph = GraphAccess.open(options, endpoint)) {
            if (graph.isRemote()) {
                // an address, a login or a server that is no SPARQL endpoint fails here with one line
                graph.check();
                Deadline running = paused.resume();
                graph.call(conn -> {
                    QueryRunner.runRemote(query, graph.endpoint().orElseThrow().query(), graph.httpClient().orElse(null),
                            out, stdout, limits, running);
                    return null;
                });
            } else {
                graph.readDataset(true, ds -> {
                    QueryRunner.run(query, ds, out, stdout, limits, paused.resume());
                    return null;
                });
            }
        }
        return ExitCodes.OK;
    }

    /** NAME=VALUE pairs, split at the first '=' (the value is taken as it is: quotes, braces and all). */
    private Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UserException(ExitCodes.USAGE, "--param needs NAME=VALUE, not '" + p.lines().findFirst().orElse("") + "'");
            }
            out.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return out;
    }

    private void list(List<LibraryQuery> library) {
        int width = library.stream().mapToInt(q -> q.slug().length()).max().orElse(0);
        PrintStream ps = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        for (LibraryQuery q : library) {
            String params = q.params().isEmpty() ? ""
                    : "  [" + String.join(", ", q.params().stream().map(p -> "--param " + p.name() + "=...").toList()) + "]";
            ps.printf("%s  %-" + width + "s  %s%s%n", q.number(), q.slug(), q.question(), params);
        }
        ps.flush();
    }

    private static String read(Path file, QueryLimits limits) {
        try {
            if (Files.isRegularFile(file)) {
                // before reading: a huge file is refused without being read
                limits.checkSize(Files.size(file));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (QueryLimitException e) {
            throw new QueryLimitException(e.kind(), file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": not UTF-8 text (is it a query file?)");
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, file + ": cannot read: " + e.getMessage());
        }
    }
}
