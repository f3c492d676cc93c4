package io.talentgraph.server;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.embedded.EmbeddedSetup;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.Neo4jDatabaseManagementServiceBuilder;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store served to other programs: Bolt for drivers and {@code talentgraph} commands, HTTP for
 * Neo4j Browser, with a guided tour of the dataset and a graph style served by the same server.
 *
 * <p>Logins: the {@code neo4j} user gets the password from {@link ServeOptions#password()}, or, when the store
 * is served for the first time, a generated one (see {@link #generatedPassword()}); it is set before Bolt and
 * HTTP open, the way {@code neo4j-admin dbms set-initial-password} does, so no client ever sees the default
 * password. Other {@code talentgraph} processes on this machine log in as a session user whose random password
 * lives only in {@link ServeState}'s owner-only file and only while the server runs.
 */
public final class GraphServer implements AutoCloseable {

    /** Where the guide and the style are mounted on the HTTP server. */
    public static final String MOUNT_POINT = "/talentgraph";
    /** The guide's path under the HTTP server. */
    public static final String GUIDE_PATH = MOUNT_POINT + "/guide.html";
    /** The graph style's path under the HTTP server. */
    public static final String STYLE_PATH = MOUNT_POINT + "/talentgraph.grass";
    /** The user people log in as in Neo4j Browser. */
    public static final String ADMIN_USER = "neo4j";
    /** The user other clients of this library log in as while the server runs. */
    public static final String SESSION_USER = "talentgraph_cli";

    private static final Logger LOG = LoggerFactory.getLogger(GraphServer.class);
    private static final String GUIDE_PACKAGE = "io.talentgraph.server.internal.guide";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedNeo4j db;
    private final ServeOptions options;
    private final ServeState state;
    private final String generatedPassword;
    private final URI httpUri;

    private GraphServer(EmbeddedNeo4j db, ServeOptions options, ServeState state, String generatedPassword, URI httpUri) {
        this.db = db;
        this.options = options;
        this.state = state;
        this.generatedPassword = generatedPassword;
        this.httpUri = httpUri;
    }

    /**
     * Opens the store and starts serving it.
     *
     * @param options where to listen and who may connect
     * @return the running server; close it to stop
     * @throws TalentGraphException when the options are unsafe, a server already runs on the store, the store is
     *                              locked by another process, or a port is taken
     */
    public static GraphServer start(ServeOptions options) {
        options.requireSafe();
        Optional<ServeState> running = ServeState.find(options.storeDirectory());
        if (running.isPresent()) {
            throw new TalentGraphException(alreadyServing(options.storeDirectory(), running.get()));
        }
        String connectHost = connectHost(options.listenHost());
        URI httpUri = URI.create("http://" + hostInUri(connectHost) + ":" + options.httpPort());
        URI boltUri = URI.create("bolt://" + hostInUri(connectHost) + ":" + options.boltPort());

        String adminPassword = null;
        if (options.authEnabled()) {
            adminPassword = options.password() != null ? options.password() : randomPassword(20);
            setInitialPassword(options.storeDirectory(), adminPassword);
        }
        EmbeddedOptions embedded = EmbeddedOptions.at(options.storeDirectory())
                .withBolt(hostInUri(options.listenHost()) + ":" + options.boltPort())
                .withPageCache(options.pageCache())
                .withReadOnly(options.readOnly());
        EmbeddedNeo4j db;
        try {
            EmbeddedSetup serving = new EmbeddedSetup() {
                @Override
                public void configure(Neo4jDatabaseManagementServiceBuilder builder) {
                    GraphServer.configure(builder, options, connectHost, httpUri);
                }
            };
            db = EmbeddedNeo4j.open(embedded, GraphDataScience.setup(embedded.storeDirectory(), true).andThen(serving));
        } catch (TalentGraphException e) {
            deleteInitialPassword(options.storeDirectory());
            throw explainBindFailure(e, options);
        }
        try {
            deleteInitialPassword(options.storeDirectory());
            String generated = null;
            String sessionPassword = null;
            if (options.authEnabled()) {
                generated = settleAdminPassword(db, options, adminPassword);
                sessionPassword = randomPassword(32);
                runOnSystem(db, "CREATE OR REPLACE USER " + SESSION_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", sessionPassword));
            }
            ServeState state = ServeState.ofThisProcess(boltUri, httpUri.resolve("/browser/"),
                    options.authEnabled() ? SESSION_USER : null, sessionPassword, options.readOnly());
            state.write(options.storeDirectory());
            LOG.info("Serving {} at {} and {}", options.storeDirectory(), boltUri, httpUri);
            return new GraphServer(db, options, state, generated, httpUri);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void configure(Neo4jDatabaseManagementServiceBuilder builder, ServeOptions options, String connectHost,
                                  URI httpUri) {
        String listen = options.listenHost();
        builder.setConfig(GraphDatabaseSettings.auth_enabled, options.authEnabled())
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(listen))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(connectHost))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(connectHost, options.boltPort()))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(listen, options.httpPort()))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(connectHost, options.httpPort()))
                // Browser and the guide only: no HTTP query API to secure besides Bolt.
                .setConfig(ServerSettings.http_enabled_modules,
                        EnumSet.of(ConfigurableServerModules.BROWSER, ConfigurableServerModules.UNMANAGED_EXTENSIONS))
                .setConfig(ServerSettings.third_party_packages, List.of(new ThirdPartyJaxRsPackage(GUIDE_PACKAGE, MOUNT_POINT)))
                // The guide and the style hold no data; Browser fetches them without credentials.
                .setConfig(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", MOUNT_POINT + "/.*"))
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                        String.join(",", new LinkedHashSet<>(List.of("localhost", "127.0.0.1", connectHost))))
                .setConfig(ServerSettings.browser_post_connect_cmd,
                        "style " + httpUri.resolve(STYLE_PATH) + "; guide " + httpUri.resolve(GUIDE_PATH))
                .setConfig(ServerSettings.allow_telemetry, false);
    }

    /** Where a client on this machine connects: the listen address, or loopback when listening on every interface. */
    private static String connectHost(String listenHost) {
        try {
            InetAddress address = InetAddress.getByName(listenHost);
            if (address.isAnyLocalAddress()) {
                return "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            throw new TalentGraphException("Cannot listen on '" + listenHost + "': no such address on this machine.", e);
        }
        return listenHost;
    }

    private static String hostInUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Writes the initial password file that Neo4j applies at start, before any connector opens, when the
     * {@code neo4j} user still has the default password (a store never served with authentication).
     */
    private static void setInitialPassword(Path store, String password) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            Files.createDirectories(store);
            int code = AdminTool.execute(new ExecutionContext(store, store.resolve("conf"),
                    new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new DefaultFileSystemAbstraction()),
                    "dbms", "set-initial-password", password);
            if (code != 0) {
                throw new TalentGraphException("Cannot set the initial password of user neo4j in " + store + ": "
                        + err.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new TalentGraphException("Cannot create " + store + ": " + e.getMessage(), e);
        }
    }

    /** The file holds a password hash; it has done its work once the store has started. */
    private static void deleteInitialPassword(Path store) {
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, store).build());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    /**
     * Makes the {@code neo4j} user's password the requested one.
     *
     * @return the generated password when it took effect now (first serve), else {@code null}
     */
    private static String settleAdminPassword(EmbeddedNeo4j db, ServeOptions options, String adminPassword) {
        if (logsIn(db, ADMIN_USER, adminPassword)) {
            return options.password() == null ? adminPassword : null;
        }
        if (options.password() != null) {
            runOnSystem(db, "ALTER USER " + ADMIN_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", options.password()));
        }
        return null;
    }

    private static boolean logsIn(EmbeddedNeo4j db, String user, String password) {
        AuthManager auth = ((GraphDatabaseAPI) db.graphDatabaseService()).getDependencyResolver()
                .resolveDependency(AuthManager.class);
        try {
            return auth.login(Map.of("scheme", "basic", "principal", user,
                            "credentials", password.getBytes(StandardCharsets.UTF_8)), ClientConnectionInfo.EMBEDDED_CONNECTION)
                    .subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception e) {
            throw new TalentGraphException("Cannot check the login of user " + user + ": " + e.getMessage(), e);
        }
    }

    private static void runOnSystem(EmbeddedNeo4j db, String cypher, Map<String, Object> params) {
        db.systemDatabase().executeTransactionally(cypher, params);
    }

    private static String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static RuntimeException explainBindFailure(TalentGraphException e, ServeOptions options) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof BindException || message.contains("already in use")) {
                return new PortsInUseException("Cannot listen on " + options.listenHost() + " port " + options.boltPort()
                        + " (Bolt) or " + options.httpPort() + " (HTTP): " + message + ". Another Neo4j may be running; "
                        + "choose other ports (ServeOptions.withPorts).", e);
            }
        }
        return e;
    }

    static String alreadyServing(Path store, ServeState running) {
        return "A TalentGraph server is already running on the store " + store + " (process " + running.pid()
                + ", Neo4j Browser at " + running.browserUri() + ", Bolt at " + running.boltUri() + "). Use that one, or "
                + "stop it first (Ctrl-C in its terminal, or kill " + running.pid() + ").";
    }

    /** @return the store, in process, e.g. for schema migrations; it serves the same data as Bolt */
    public Database database() {
        return db;
    }

    /** @return the options the server runs with */
    public ServeOptions options() {
        return options;
    }

    /** @return what other processes find in the store directory while the server runs */
    public ServeState state() {
        return state;
    }

    /** @return Bolt's address for clients on this machine, e.g. {@code bolt://127.0.0.1:7687} */
    public URI boltUri() {
        return state.boltUri();
    }

    /** @return Neo4j Browser's address, e.g. {@code http://127.0.0.1:7474/browser/} */
    public URI browserUri() {
        return state.browserUri();
    }

    /** @return the guided tour's address, for {@code :guide} or {@code :play} */
    public URI guideUri() {
        return httpUri.resolve(GUIDE_PATH);
    }

    /** @return the graph style's address, for {@code :style} */
    public URI styleUri() {
        return httpUri.resolve(STYLE_PATH);
    }

    /**
     * @return the password generated for user {@code neo4j} when this start set it (the store's first serve),
     *         to show once; empty when the password was given or set by an earlier start
     */
    public Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    /**
     * Stops serving: removes the note first (so new commands stop coming), ends the session login, and shuts the
     * store down, letting running transactions finish or roll back.
     */
    @Override
    public void close() {
        state.delete(options.storeDirectory());
        if (options.authEnabled()) {
            try {
                runOnSystem(db, "DROP USER " + SESSION_USER + " IF EXISTS", Map.of());
            } catch (RuntimeException e) {
                LOG.warn("Could not remove the session user {}: {}", SESSION_USER, e.getMessage());
            }
        }
        db.close();
    }
}
