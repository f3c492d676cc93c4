package io.talentgraph.cli;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.server.ServeState;
import io.talentgraph.schema.GraphSchema;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the graph is: the embedded store (default) or a server named by --uri or TALENTGRAPH_URI. */
final class ConnectionOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Embedded store directory (default: $TALENTGRAPH_STORE or ~/.talentgraph/store).")
    Path store;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Use a Neo4j server, cluster or Aura instead of the embedded store, e.g. neo4j+s://x.databases.neo4j.io "
                    + "(default: $TALENTGRAPH_URI).")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", description = "User for --uri (default: $TALENTGRAPH_USER).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", description = "Password for --uri (default: $TALENTGRAPH_PASSWORD).")
    String password;

    @Option(names = "--database", paramLabel = "NAME", description = "Database on the server (default: $TALENTGRAPH_DATABASE or the server's default).")
    String database;

    /** The store is served by `talentgraph serve --read-only`, so the database refuses writes. */
    boolean servedReadOnly;

    /**
     * Opens the graph, without Graph Data Science in the embedded store, and brings its schema up to date.
     *
     * @see #open(Main, boolean)
     */
    Database open(Main main) {
        return open(main, false);
    }

    /**
     * Opens the graph and brings its schema up to date. Without a server named, a `talentgraph serve` running on
     * the store is used over Bolt, since it holds the store's lock.
     *
     * @param graphDataScience whether the command calls GDS's procedures: the embedded store then starts GDS, which
     *                         costs its open seconds; a server has what it has
     */
    Database open(Main main, boolean graphDataScience) {
        return open(main, graphDataScience, true);
    }

    /**
     * Opens the graph, and brings its schema up to date when asked to.
     *
     * @param graphDataScience as in {@link #open(Main, boolean)}
     * @param checkSchema      whether to check the schema's version here; a command that leaves it to what it calls
     *                         first (the demo: {@link io.talentgraph.load.GraphLoader#load}, which reads the version
     *                         in the statement that checks its dataset) spares a statement
     */
    Database open(Main main, boolean graphDataScience, boolean checkSchema) {
        Map<String, String> env = main.env();
        Optional<ServerConfig> server = serverConfig(env).or(() -> runningServe(env));
        Database db = server.<Database>map(Databases::connect)
                .orElseGet(() -> main.stores().open(storeDirectory(env), graphDataScience));
        try {
            if (checkSchema && GraphSchema.installedVersion(db) < GraphSchema.currentVersion()) {
                GraphSchema.apply(db);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private Optional<ServerConfig> runningServe(Map<String, String> env) {
        return ServeState.find(storeDirectory(env)).map(state -> {
            servedReadOnly = state.readOnly();
            return new ServerConfig(state.boltUri(), state.user(), state.password(), null);
        });
    }

    Path storeDirectory(Map<String, String> env) {
        return store != null ? store : EmbeddedOptions.defaultStoreDirectory(env);
    }

    Optional<ServerConfig> serverConfig(Map<String, String> env) {
        Optional<ServerConfig> fromEnv = ServerConfig.fromEnvironment(env);
        if (uri == null && fromEnv.isEmpty()) {
            return Optional.empty();
        }
        ServerConfig base = uri != null ? new ServerConfig(URI.create(uri), env.get(ServerConfig.ENV_USER),
                env.get(ServerConfig.ENV_PASSWORD), env.get(ServerConfig.ENV_DATABASE), ServerConfig.retryTime(env))
                : fromEnv.get();
        if (user != null) {
            base = base.withAuth(user, password != null ? password : base.password());
        } else if (password != null) {
            base = base.withAuth(base.user() == null ? "neo4j" : base.user(), password);
        }
        if (database != null) {
            base = base.withDatabase(database);
        }
        return Optional.of(base);
    }
}
