package io.talentgraph.connect;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an external Neo4j server, cluster or Aura instance is and how to log in to it.
 *
 * @param uri      {@code bolt://}, {@code neo4j://} or their {@code +s}/{@code +ssc} variants
 * @param user     the user name, or {@code null} for a server without authentication
 * @param password the password, or {@code null}
 * @param database the database name, or {@code null} for the server's default database
 */
public record ServerConfig(URI uri, String user, String password, String database) {

    /** Environment variable naming the server URI. */
    public static final String ENV_URI = "TALENTGRAPH_URI";
    /** Environment variable naming the user. */
    public static final String ENV_USER = "TALENTGRAPH_USER";
    /** Environment variable holding the password. */
    public static final String ENV_PASSWORD = "TALENTGRAPH_PASSWORD";
    /** Environment variable naming the database. */
    public static final String ENV_DATABASE = "TALENTGRAPH_DATABASE";

    /** Checks the URI scheme so that a typo fails here, with a message, rather than deep in the driver. */
    public ServerConfig {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.matches("bolt|neo4j|bolt\\+s|bolt\\+ssc|neo4j\\+s|neo4j\\+ssc")) {
            throw new IllegalArgumentException("Unsupported Neo4j URI '" + uri
                    + "': use bolt://, neo4j:// or their +s / +ssc variants, e.g. neo4j+s://xxxx.databases.neo4j.io");
        }
    }

    /**
     * @param uri the server URI
     * @return a configuration without authentication and with the default database
     */
    public static ServerConfig of(String uri) {
        return new ServerConfig(URI.create(uri), null, null, null);
    }

    /**
     * Reads {@value #ENV_URI}, {@value #ENV_USER}, {@value #ENV_PASSWORD} and {@value #ENV_DATABASE}.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return a configuration when {@value #ENV_URI} is set
     */
    public static Optional<ServerConfig> fromEnvironment(Map<String, String> env) {
        String uri = env.get(ENV_URI);
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ServerConfig(URI.create(uri.trim()), env.get(ENV_USER), env.get(ENV_PASSWORD),
                env.get(ENV_DATABASE)));
    }

    /**
     * @param user     the user name
     * @param password the password
     * @return a copy that logs in with these credentials
     */
    public ServerConfig withAuth(String user, String password) {
        return new ServerConfig(uri, user, password, database);
    }

    /**
     * @param name the database name
     * @return a copy that uses that database
     */
    public ServerConfig withDatabase(String name) {
        return new ServerConfig(uri, user, password, name);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerConfig[uri=" + uri + ", user=" + user + ", database=" + database + "]";
    }
}
