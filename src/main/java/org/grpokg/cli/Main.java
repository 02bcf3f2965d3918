package org.grpokg.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.BindException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.grpokg.build.InvalidDataException;
import org.grpokg.catalogue.CatalogueException;
import org.grpokg.connect.EndpointException;
import org.grpokg.query.BrokenAnswerException;
import org.grpokg.query.QueryLimitException;
import org.grpokg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code grpo-kg} command: parses arguments, runs one subcommand, maps failures to exit codes. */
@Command(name = "grpo-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Knowledge graph of RL (GRPO-style) research for vision and multimodal reasoning.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, CompareCommand.class,
                StatsCommand.class, ValidateCommand.class, ImportCommand.class, RenderCommand.class, ReleaseCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // the file descriptor itself, not System.out: a PrintStream hides write errors (a full disk, a closed pipe)
        OutputStream stdout = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
        // Jena starts on another thread while picocli reads the arguments here; the command waits for it (decision 0026)
        Logging.configure(); // before Jena's first logger, so that it logs as configured
        JenaStart.begin(args);
        CommandLine cl = commandLine(stdout, System.err);
        int code = cl.execute(args);
        try {
            cl.getOut().flush();
        } catch (OutputFailedException e) {
            // already reported, or reported by the exit code of the error that came first
        }
        cl.getErr().flush();
        System.exit(code);
    }

    /** The command line on the process's standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(System.out, System.err);
    }

    /**
     * The configured command line writing to {@code out} and {@code err} (text as UTF-8 whatever
     * the platform's default charset); tests run it on their own streams.
     */
    public static CommandLine commandLine(OutputStream rawOut, OutputStream err) {
        Logging.configure();
        CheckedOutput out = new CheckedOutput(rawOut, "standard output");
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = defaults.create(type);
                if (command instanceof Stdout s) {
                    s.stdout(out);
                }
                return command;
            }
        });
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        listExitCodes(cl);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setExecutionStrategy(parsed -> {
            JenaStart.await(); // no command touches Jena before Jena is whole
            return flushed(cl, out, new CommandLine.RunLast().execute(parsed));
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line, as every error: picocli's message, then where to look
            PrintWriter w = ex.getCommandLine().getErr();
            w.println("grpo-kg: " + String.valueOf(ex.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ")
                    + " (try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /**
     * {@code code}, once everything written to standard output has reached it; a write error
     * that no command reported (output still buffered when it returned) becomes exit
     * {@link ExitCodes#OUTPUT_FAILED} with one line.
     */
    private static int flushed(CommandLine cl, CheckedOutput out, int code) {
        try {
            cl.getOut().flush();
            out.flush();
        } catch (OutputFailedException e) {
            // reported below
        }
        if (out.failure() != null && code == ExitCodes.OK) {
            if (out.failure().brokenPipe()) {
                return ExitCodes.OUTPUT_FAILED;
            }
            cl.getErr().println("grpo-kg: " + out.failure().getMessage());
            cl.getErr().flush();
            return ExitCodes.OUTPUT_FAILED;
        }
        return code;
    }

    private static void listExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.DESCRIPTIONS);
        cl.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /** One line on stderr and an exit code for everything a command can throw. */
    static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        String message;
        if (ex instanceof CatalogueException e) {
            code = ExitCodes.BAD_INPUT;
            message = e.describe();
        } else if (ex instanceof InvalidDataException e) {
            code = ExitCodes.INVALID_DATA;
            err.println(e.report().text());
            message = "the data does not conform to the shapes: nothing was written (see 'grpo-kg validate')";
        } else if (ex instanceof QueryLimitException e) {
            code = switch (e.kind()) {
                case TOO_LARGE -> ExitCodes.USAGE;
                case TOO_DEEP -> ExitCodes.BAD_QUERY;
                case TIMEOUT, TOO_MANY_RESULTS -> ExitCodes.LIMIT_REACHED;
            };
            message = e.getMessage();
        } else if (find(ex, OutputFailedException.class) != null) {
            OutputFailedException e = find(ex, OutputFailedException.class);
            if (e.brokenPipe()) {
                return ExitCodes.OUTPUT_FAILED;
            }
            code = ExitCodes.OUTPUT_FAILED;
            message = e.getMessage();
        } else if (ex instanceof BrokenAnswerException e) {
            code = ExitCodes.UNAVAILABLE;
            message = e.getMessage();
        } else if (ex instanceof QueryParseException e) {
            code = ExitCodes.BAD_QUERY;
            // JavaCC lists every token it would have accepted; the position and the culprit are what help
            message = "malformed query: " + e.getMessage().replaceAll("\\s+", " ").replaceFirst("\\s*Was expecting.*$", "").trim();
        } else if (ex instanceof StoreException e) {
            code = e.isBusy() ? ExitCodes.UNAVAILABLE : ExitCodes.BAD_INPUT;
            message = e.getMessage();
        } else if (ex instanceof EndpointException e) {
            code = ExitCodes.UNAVAILABLE;
            message = e.getMessage();
        } else if (ex instanceof UserException e) {
            code = e.exitCode();
            message = e.getMessage();
        } else if (ex instanceof HttpException || ex instanceof QueryExceptionHTTP) {
            code = ExitCodes.UNAVAILABLE;
            int status = ex instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) ex).getStatusCode();
            message = status > 0
                    ? "the running server answered " + status
                    : "cannot reach the running server: is it still up? (its address is in grpo-kg-serve.properties in the store folder)";
        } else if (rootCause(ex) instanceof BindException) {
            code = ExitCodes.UNAVAILABLE;
            message = "cannot listen: " + rootCause(ex).getMessage() + " (is the port taken? try --port)";
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + ex + (debug() ? "" : " (GRPO_KG_DEBUG=1 shows the trace)");
        }
        err.println("grpo-kg: " + message);
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** {@code t} or the first of its causes of class {@code type}, or null. */
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean debug() {
        return System.getenv("GRPO_KG_DEBUG") != null;
    }
}
