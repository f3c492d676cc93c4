package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where an external Neo4j server, cluster or Aura instance is and how to log in to it.
 *
 * @param uri      {@code bolt://}, {@code neo4j://} or their {@code +s}/{@code +ssc} variants
 * @param user     the user name, or {@code null} for a server without authentication
 * @param password the password, or {@code null}
 * @param database the database name, or {@code null} for the server's default database
 * @param maxRetryTime how long a transaction is retried on transient failures (deadlocks, a restarting or
 *                     unreachable server, a leader switch) before its error is reported
 */
@API(status = STABLE, since = "0.1.0")
public record ServerConfig(URI uri, String user, String password, String database, Duration maxRetryTime) {

    /** How long transactions are retried unless configured otherwise. */
    public static final Duration DEFAULT_MAX_RETRY_TIME = Duration.ofSeconds(30);

    /** Environment variable naming the server URI. */
    public static final String ENV_URI = "TALENTGRAPH_URI";
    /** Environment variable naming the user. */
    public static final String ENV_USER = "TALENTGRAPH_USER";
    /** Environment variable holding the password. */
    public static final String ENV_PASSWORD = "TALENTGRAPH_PASSWORD";
    /** Environment variable naming the database. */
    public static final String ENV_DATABASE = "TALENTGRAPH_DATABASE";
    /** Environment variable giving {@link #maxRetryTime()} in seconds. */
    public static final String ENV_MAX_RETRY_SECONDS = "TALENTGRAPH_MAX_RETRY_SECONDS";

    /**
     * A configuration that retries transactions for {@link #DEFAULT_MAX_RETRY_TIME}.
     *
     * @param uri      the server URI
     * @param user     the user name, or {@code null}
     * @param password the password, or {@code null}
     * @param database the database name, or {@code null}
     */
    public ServerConfig(URI uri, String user, String password, String database) {
        this(uri, user, password, database, DEFAULT_MAX_RETRY_TIME);
    }

    /**
     * Checks the URI scheme so that a typo fails here, with a message, rather than deep in the driver.
     *
     * @param uri          {@code bolt://}, {@code neo4j://} or their {@code +s}/{@code +ssc} variants
     * @param user         the user name, or {@code null} for a server without authentication
     * @param password     the password, or {@code null}
     * @param database     the database name, or {@code null} for the server's default database
     * @param maxRetryTime how long a transiently failing transaction is retried; {@code null} means
     *                     {@link #DEFAULT_MAX_RETRY_TIME}
     * @throws IllegalArgumentException for another URI scheme or a negative retry time
     */
    public ServerConfig {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.matches("bolt|neo4j|bolt\\+s|bolt\\+ssc|neo4j\\+s|neo4j\\+ssc")) {
            throw new IllegalArgumentException("Unsupported Neo4j URI '" + uri
                    + "': use bolt://, neo4j:// or their +s / +ssc variants, e.g. neo4j+s://xxxx.databases.neo4j.io");
        }
        maxRetryTime = maxRetryTime == null ? DEFAULT_MAX_RETRY_TIME : maxRetryTime;
        if (maxRetryTime.isNegative()) {
            throw new IllegalArgumentException("The retry time cannot be negative: " + maxRetryTime);
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
                env.get(ENV_DATABASE), retryTime(env)));
    }

    /**
     * @param env the environment
     * @return {@value #ENV_MAX_RETRY_SECONDS} as a duration, or {@link #DEFAULT_MAX_RETRY_TIME} when unset
     */
    public static Duration retryTime(Map<String, String> env) {
        String seconds = env.get(ENV_MAX_RETRY_SECONDS);
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_MAX_RETRY_TIME;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_MAX_RETRY_SECONDS + " must be a whole number of seconds, not '"
                    + seconds + "'");
        }
    }

    /**
     * @param user     the user name
     * @param password the password
     * @return a copy that logs in with these credentials
     */
    public ServerConfig withAuth(String user, String password) {
        return new ServerConfig(uri, user, password, database, maxRetryTime);
    }

    /**
     * @param time how long to retry a transaction that failed transiently
     * @return a copy with that retry time
     */
    public ServerConfig withMaxRetryTime(Duration time) {
        return new ServerConfig(uri, user, password, database, time);
    }

    /**
     * @param name the database name
     * @return a copy that uses that database
     */
    public ServerConfig withDatabase(String name) {
        return new ServerConfig(uri, user, password, name, maxRetryTime);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerConfig[uri=" + uri + ", user=" + user + ", database=" + database + ", maxRetryTime="
                + maxRetryTime + "]";
    }
}
