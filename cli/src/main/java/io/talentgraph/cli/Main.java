package io.talentgraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.server.GraphDataScience;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code talentgraph} command line. Exit codes: 0 success, 1 an error (with a message), 2 bad usage.
 */
@Command(name = "talentgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A Neo4j knowledge graph of the AI talent war: who leads which lab, who was hired from where, "
                + "who invested in whom, and who said so.",
        subcommands = {
                DataCommands.Demo.class, DataCommands.Load.class, DataCommands.Validate.class,
                QueryCommands.Hires.class, QueryCommands.Flow.class, QueryCommands.Leaders.class,
                QueryCommands.Roles.class, QueryCommands.Investments.class, QueryCommands.Attempts.class,
                QueryCommands.Profile.class, QueryCommands.Path.class, QueryCommands.Reported.class,
                QueryCommands.Search.class, CypherCommand.class, DataCommands.Schema.class,
                BulkCommands.Generate.class, BulkCommands.BulkLoad.class, BulkCommands.Bench.class,
                StartupBenchCommand.class,
                IngestCommands.Ingest.class, IngestCommands.EvalExtract.class, IngestCommands.Bench.class,
                AnalyzeCommand.class, MarketCommand.class, ExportCommand.class,
                IdentityCommands.Duplicates.class, IdentityCommands.Merge.class, IdentityCommands.Unmerge.class,
                IdentityCommands.Merges.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log progress and print stack traces of errors.")
    void verbose(boolean on) {
        verbose = on;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ((Logger) LoggerFactory.getLogger("io.talentgraph")).setLevel(on ? Level.DEBUG : Level.WARN);
        root.setLevel(on ? Level.INFO : Level.WARN);
    }

    private boolean verbose;
    private final Map<String, String> env;
    private final StoreOpener stores;

    Main(Map<String, String> env, StoreOpener stores) {
        this.env = env;
        this.stores = stores;
    }

    Map<String, String> env() {
        return env;
    }

    StoreOpener stores() {
        return stores;
    }

    /**
     * How a command opens the embedded store. A process opens it once per command; a test that runs many
     * commands in one JVM may keep it open between them, as a long-lived process would.
     */
    @FunctionalInterface
    interface StoreOpener {
        /** The store as each command of a process opens it: for itself, closed when the command ends. */
        StoreOpener PER_COMMAND = (directory, graphDataScience) ->
                GraphDataScience.open(EmbeddedOptions.at(directory), graphDataScience);

        /**
         * @param directory        the store
         * @param graphDataScience whether the command calls Graph Data Science's procedures; a store opened without
         *                         them opens faster
         * @return the open store
         */
        Database open(Path directory, boolean graphDataScience);
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with a given environment and streams, as tests do.
     *
     * @param args the arguments
     * @param env  the environment variables to use
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, env, out, err, StoreOpener.PER_COMMAND);
    }

    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, StoreOpener stores) {
        Main main = new Main(env, stores);
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (main.verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("error: " + (e instanceof TalentGraphException ? message(e) + CliHints.of(e)
                    : "unexpected " + e.getClass().getSimpleName() + ": " + message(e)
                    + (main.verbose ? "" : " (run with --verbose for details)")));
            commandLine.getErr().flush();
            return 1;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"talentgraph " + (v == null ? "(development build)" : v)};
        }
    }
}
