package io.talentgraph.cli;

import io.talentgraph.connect.Database;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.server.GraphServer;
import io.talentgraph.server.ServeOptions;
import io.talentgraph.schema.GraphSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the embedded store to Neo4j Browser and Bolt clients until Ctrl-C. Loopback only, with a login and a
 * guided tour; while it runs, the other commands work through it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph to Neo4j Browser (with a guided tour and a graph style) and to Bolt clients, "
                + "until Ctrl-C. Other talentgraph commands on the same store work through it meanwhile.",
                "The neo4j user's password comes from $" + ServeCommand.ENV_PASSWORD + "; without it, the first serve "
                        + "of a store generates one and prints it once."})
final class ServeCommand implements Callable<Integer> {

    /** Environment variable with the password for user neo4j. */
    static final String ENV_PASSWORD = "TALENTGRAPH_SERVE_PASSWORD";

    @Option(names = "--store", paramLabel = "DIR",
            description = "Embedded store directory (default: $TALENTGRAPH_STORE or ~/.talentgraph/store).")
    Path store;

    @Option(names = "--listen", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 opens it to the "
                    + "network and requires authentication.")
    String listen;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port for Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--read-only", description = "Refuse every change to the graph, from Browser and from other commands.")
    boolean readOnly;

    @Option(names = "--no-auth", description = "Let anyone on this machine connect without a login (loopback only).")
    boolean noAuth;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "128m",
            description = "Neo4j page cache, e.g. 512m or 2g (default: ${DEFAULT-VALUE}).")
    String pageCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Main main = (Main) spec.root().userObject();
        Path storeDirectory = store != null ? store : EmbeddedOptions.defaultStoreDirectory(main.env());
        String password = main.env().get(ENV_PASSWORD);
        ServeOptions options = ServeOptions.defaults(storeDirectory)
                .withListenHost(listen)
                .withPorts(boltPort, httpPort)
                .withAuth(!noAuth)
                .withPassword(password == null || password.isEmpty() ? null : password)
                .withReadOnly(readOnly)
                .withPageCache(pageCache);
        PrintWriter out = spec.commandLine().getOut();
        GraphServer server = GraphServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping: letting running transactions finish or roll back...");
            out.flush();
            server.close();
            out.println("Stopped. The store is closed cleanly.");
            out.flush();
            stopped.countDown();
        }, "talentgraph-serve-stop"));
        String schemaNote = prepareSchema(server.database(), readOnly);
        printBanner(out, server, storeDirectory, password != null && !password.isEmpty(), schemaNote);
        stopped.await();
        return 0;
    }

    /** A writable server brings the schema up to date, as every command does; a read-only one can only report. */
    private static String prepareSchema(Database db, boolean readOnly) {
        if (GraphSchema.installedVersion(db) >= GraphSchema.currentVersion()) {
            return null;
        }
        if (readOnly) {
            return "Note: this store's schema (constraints and the full-text index) is missing or older than this build, "
                    + "and --read-only cannot add it; serve once without --read-only to bring it up to date.";
        }
        GraphSchema.apply(db);
        return null;
    }

    private static void printBanner(PrintWriter out, GraphServer server, Path storeDirectory, boolean passwordFromEnv,
                                    String schemaNote) {
        ServeOptions o = server.options();
        boolean empty = server.database().read(tx -> tx.run("MATCH (p:Person) RETURN count(p) = 0 AS empty"))
                .get(0).bool("empty");
        out.println("Serving " + storeDirectory + (o.readOnly() ? " read-only" : "") + " on "
                + (o.listensOnLoopbackOnly() ? o.listenHost() + " (this machine only)" : o.listenHost() + " (reachable from the network)"));
        out.println();
        out.println("  Neo4j Browser  " + server.browserUri());
        out.println("  Bolt           " + server.boltUri() + "   (drivers, cypher-shell, Neo4j Desktop)");
        if (!o.authEnabled()) {
            out.println("  Login          none: authentication is off (--no-auth)");
        } else if (server.generatedPassword().isPresent()) {
            out.println("  Login          user neo4j, password " + server.generatedPassword().get());
            out.println("                 (generated now and shown only this once: note it down, or set "
                    + ENV_PASSWORD + " to choose your own)");
        } else if (passwordFromEnv) {
            out.println("  Login          user neo4j, password from $" + ENV_PASSWORD);
        } else {
            out.println("  Login          user neo4j, with the password printed when this store was first served "
                    + "(set " + ENV_PASSWORD + " to change it)");
        }
        out.println("  Guided tour    :guide " + server.guideUri() + "   (opens when Browser connects)");
        out.println("  Graph style    :style " + server.styleUri() + "   (applied when Browser connects)");
        out.println();
        if (schemaNote != null) {
            out.println(schemaNote);
        }
        if (empty) {
            out.println("The graph is empty. Load the article while this runs: ./talentgraph load --seed");
        }
        out.println("Other ./talentgraph commands on this store now work through this server. Press Ctrl-C to stop.");
        out.flush();
    }
}
