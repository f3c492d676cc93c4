package io.talentgraph.cli;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.server.GraphServer;
import io.talentgraph.server.PortsInUseException;
import io.talentgraph.server.ServeOptions;
import io.talentgraph.server.ServeState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link GraphServer}'s safe defaults, checked from the outside as clients see them: over Bolt through the driver
 * and over HTTP. The last tests restart the same store read-only, then with a chosen password.
 *
 * <p>It runs here rather than in the embedded module because this module's class path is the one that ships:
 * on it the server and the driver share one JVM, while the embedded module's own mixes Netty versions so that an
 * in-process driver hangs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeDefaultsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path store;
    private GraphServer server;
    private String generatedPassword;

    @BeforeAll
    void serveAnEmptyStoreWithTheDefaults() throws IOException {
        store = Files.createTempDirectory("talentgraph-serve-it");
        server = GraphServer.start(ServeOptions.defaults(store).withPorts(freePort(), freePort()));
        generatedPassword = server.generatedPassword().orElse(null);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Database login(GraphServer server, String user, String password) {
        return Databases.connect(new ServerConfig(server.boltUri(), user, password, null));
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void boltAndHttpListenOnLoopbackOnly() throws Exception {
        ConnectorPortRegister ports = ((GraphDatabaseAPI) ((EmbeddedNeo4j) server.database()).graphDatabaseService())
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        for (ConnectorType connector : new ConnectorType[] {ConnectorType.BOLT, ConnectorType.HTTP}) {
            HostnamePort bound = ports.getLocalAddress(connector);
            assertThat(InetAddress.getByName(bound.getHost()).isLoopbackAddress()).as(connector + " bound to " + bound).isTrue();
        }
        assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.browserUri().toString()).startsWith("http://127.0.0.1:").endsWith("/browser/");
    }

    @Test
    @Order(2)
    void theFirstServeGeneratesAPasswordThatLogsInAsNeo4j() {
        assertThat(generatedPassword).isNotNull().hasSizeGreaterThanOrEqualTo(16);
        try (Database db = login(server, "neo4j", generatedPassword)) {
            assertThat(db.read(tx -> tx.run("RETURN 1 AS one")).get(0).longValue("one")).isEqualTo(1L);
        }
        assertThat(Files.exists(store.resolve("data/dbms/auth.ini"))).as("initial password file removed").isFalse();
    }

    @Test
    @Order(3)
    void boltRefusesClientsWithoutTheRightLogin() {
        assertThatThrownBy(() -> Databases.connect(ServerConfig.of(server.boltUri().toString())).close())
                .isInstanceOf(TalentGraphException.class);
        assertThatThrownBy(() -> login(server, "neo4j", "neo4j").close())
                .as("the default password never works").isInstanceOf(TalentGraphException.class)
                .hasMessageContaining("refused the login");
        assertThatThrownBy(() -> login(server, "neo4j", generatedPassword + "x").close())
                .isInstanceOf(TalentGraphException.class).hasMessageContaining("refused the login");
    }

    @Test
    @Order(4)
    void otherProcessesFindTheServerAndASessionLoginInTheStore() {
        ServeState state = ServeState.find(store).orElseThrow();
        assertThat(state.boltUri()).isEqualTo(server.boltUri());
        assertThat(state.user()).isEqualTo(GraphServer.SESSION_USER);
        assertThat(state.password()).isNotEqualTo(generatedPassword);
        try (Database db = login(server, state.user(), state.password())) {
            db.write(tx -> tx.run("CREATE (:Person {id: 'visitor', name: 'A visitor'})"));
        }
        assertThatThrownBy(() -> GraphServer.start(ServeOptions.defaults(store).withPorts(freePortUnchecked(), freePortUnchecked())))
                .isInstanceOf(TalentGraphException.class)
                .hasMessageContaining("is already running on the store").hasMessageContaining(server.browserUri().toString());
    }

    @Test
    @Order(4)
    void aPortInUseIsSaidInLibraryTermsAndTheAppAddsItsOptions(@TempDir Path other) {
        int taken = server.boltUri().getPort();
        assertThatThrownBy(() -> GraphServer.start(ServeOptions.defaults(other).withPorts(taken, freePortUnchecked())))
                .isInstanceOf(PortsInUseException.class)
                .hasMessageContaining("port " + taken + " (Bolt)").hasMessageContaining("ServeOptions.withPorts")
                .hasMessageNotContaining("talentgraph")
                .satisfies(e -> assertThat(CliHints.of(e)).contains("--bolt-port N --http-port M"));
    }

    @Test
    @Order(5)
    void browserTheGuideAndTheStyleAreServedWithoutLoginAndNoHttpQueryApi() throws Exception {
        URI base = server.browserUri();
        assertThat(get(base).statusCode()).isEqualTo(200);
        HttpResponse<String> guide = get(server.guideUri());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("Who Meta hired, and from where")
                .contains(":style " + server.styleUri()).doesNotContain("${base}");
        HttpResponse<String> style = get(server.styleUri());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.body()).contains("node.Person");
        assertThat(get(base.resolve("/db/neo4j/tx/commit")).statusCode()).as("HTTP transaction API").isEqualTo(404);
        assertThat(get(base.resolve("/db/neo4j/query/v2")).statusCode()).as("HTTP query API").isEqualTo(404);
    }

    @Test
    @Order(6)
    void browserIsToldToOpenTheTourAndApplyTheStyleOnConnect() {
        String session = ServeState.find(store).orElseThrow().password();
        try (Database db = login(server, GraphServer.SESSION_USER, session)) {
            Map<String, Object> settings = new HashMap<>();
            db.read(tx -> tx.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value"))
                    .forEach(r -> settings.put(r.string("name"), r.get("value")));
            assertThat(settings.get("browser.post_connect_cmd")).isEqualTo("style " + server.styleUri() + "; guide " + server.guideUri());
            assertThat(String.valueOf(settings.get("browser.remote_content_hostname_whitelist"))).contains("127.0.0.1");
        }
    }

    @Test
    @Order(7)
    void aReadOnlyServeRefusesWritesAndKeepsTheStoresPassword() throws Exception {
        String oldSession = ServeState.find(store).orElseThrow().password();
        server.close();
        server = null;
        assertThat(ServeState.find(store)).as("the note goes with the server").isEmpty();

        server = GraphServer.start(ServeOptions.defaults(store).withPorts(freePort(), freePort()).withReadOnly(true));
        assertThat(server.generatedPassword()).as("shown once, on the first serve only").isEmpty();
        assertThatThrownBy(() -> login(server, GraphServer.SESSION_USER, oldSession).close())
                .as("the previous session's login ended with it").isInstanceOf(TalentGraphException.class);
        try (Database db = login(server, "neo4j", generatedPassword)) {
            assertThat(db.read(tx -> tx.run("MATCH (p:Person {id: 'visitor'}) RETURN p.name AS name")).get(0).string("name"))
                    .as("data written before the restart").isEqualTo("A visitor");
            assertThatThrownBy(() -> db.write(tx -> tx.run("CREATE (:Person {id: 'intruder'})")))
                    .isInstanceOfSatisfying(QueryFailedException.class, e -> assertThat(e.code()).contains("ReadOnly"));
            assertThat(db.read(tx -> tx.run("MATCH (p:Person {id: 'intruder'}) RETURN count(p) AS n")).get(0).longValue("n")).isZero();
        }
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"load", "--seed", "--store", store.toString()}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("This store is served read-only (`talentgraph serve --read-only`)");
    }

    @Test
    @Order(8)
    void aPasswordFromTheEnvironmentReplacesTheStoresPassword() throws Exception {
        server.close();
        server = GraphServer.start(ServeOptions.defaults(store).withPorts(freePort(), freePort()).withPassword("chosen-by-the-owner"));
        assertThat(server.generatedPassword()).isEmpty();
        try (Database db = login(server, "neo4j", "chosen-by-the-owner")) {
            assertThat(db.read(tx -> tx.run("RETURN 1 AS one")).get(0).longValue("one")).isEqualTo(1L);
        }
        assertThatThrownBy(() -> login(server, "neo4j", generatedPassword).close()).isInstanceOf(TalentGraphException.class);
    }

    private static int freePortUnchecked() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
