package io.talentgraph.server;

import io.talentgraph.TalentGraphException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link GraphServer} serves the store: where it listens and who may connect. The defaults are the safe
 * ones: loopback only, authentication on, writable.
 *
 * @param storeDirectory where the store lives
 * @param listenHost     the address Bolt and HTTP listen on; {@code 127.0.0.1} by default
 * @param boltPort       the Bolt port, 7687 by default
 * @param httpPort       the HTTP port (Neo4j Browser, the guide and the style), 7474 by default
 * @param authEnabled    whether clients must log in; may be off only on a loopback address
 * @param password       the password of the {@code neo4j} user, or {@code null} to keep the one the store has
 *                       (one is generated when the store is served for the first time)
 * @param readOnly       refuse every write to the graph
 * @param pageCache      page cache size in Neo4j's notation, e.g. {@code 128m}
 */
public record ServeOptions(Path storeDirectory, String listenHost, int boltPort, int httpPort, boolean authEnabled,
                           String password, boolean readOnly, String pageCache) {

    /** Neo4j's default minimum password length ({@code dbms.security.auth_minimum_password_length}). */
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    /**
     * Checks ports and the password's length; fills in the defaults for a missing host and page cache.
     *
     * @param storeDirectory where the store lives
     * @param listenHost     the address Bolt and HTTP listen on; {@code 127.0.0.1} by default
     * @param boltPort       the Bolt port, 7687 by default
     * @param httpPort       the HTTP port (Neo4j Browser, the guide and the style), 7474 by default
     * @param authEnabled    whether clients must log in; may be off only on a loopback address
     * @param password       the password of the {@code neo4j} user, or {@code null} to keep the one the store has
     *                              (one is generated when the store is served for the first time)
     * @param readOnly       refuse every write to the graph
     * @param pageCache      page cache size in Neo4j's notation, e.g. {@code 128m}
     */
    public ServeOptions {
        Objects.requireNonNull(storeDirectory, "storeDirectory");
        storeDirectory = storeDirectory.toAbsolutePath().normalize();
        listenHost = listenHost == null || listenHost.isBlank() ? "127.0.0.1" : listenHost.strip();
        pageCache = pageCache == null ? "128m" : pageCache;
        requirePort("Bolt", boltPort);
        requirePort("HTTP", httpPort);
        if (boltPort == httpPort) {
            throw new TalentGraphException("Bolt and HTTP cannot share port " + boltPort + ": give them different ports.");
        }
        if (password != null && password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new TalentGraphException("The password for user neo4j must be at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters long (Neo4j's minimum).");
        }
    }

    private static void requirePort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new TalentGraphException(what + " port " + port + " is not a port: use 1 to 65535.");
        }
    }

    /**
     * @param storeDirectory where the store lives
     * @return loopback only, ports 7687 and 7474, authentication on, writable, 128 MiB page cache
     */
    public static ServeOptions defaults(Path storeDirectory) {
        return new ServeOptions(storeDirectory, null, 7687, 7474, true, null, false, null);
    }

    /**
     * @param host the address to listen on, e.g. {@code 0.0.0.0} for every interface
     * @return a copy listening there
     */
    public ServeOptions withListenHost(String host) {
        return new ServeOptions(storeDirectory, host, boltPort, httpPort, authEnabled, password, readOnly, pageCache);
    }

    /**
     * @param bolt the Bolt port
     * @param http the HTTP port
     * @return a copy on those ports
     */
    public ServeOptions withPorts(int bolt, int http) {
        return new ServeOptions(storeDirectory, listenHost, bolt, http, authEnabled, password, readOnly, pageCache);
    }

    /**
     * @param enabled whether clients must log in
     * @return a copy with that setting
     */
    public ServeOptions withAuth(boolean enabled) {
        return new ServeOptions(storeDirectory, listenHost, boltPort, httpPort, enabled, password, readOnly, pageCache);
    }

    /**
     * @param neo4jPassword the password the {@code neo4j} user gets, or {@code null} to keep the store's
     * @return a copy with that password
     */
    public ServeOptions withPassword(String neo4jPassword) {
        return new ServeOptions(storeDirectory, listenHost, boltPort, httpPort, authEnabled, neo4jPassword, readOnly, pageCache);
    }

    /**
     * @param value whether the graph refuses all writes
     * @return a copy with that setting
     */
    public ServeOptions withReadOnly(boolean value) {
        return new ServeOptions(storeDirectory, listenHost, boltPort, httpPort, authEnabled, password, value, pageCache);
    }

    /**
     * @param size page cache size, e.g. {@code 512m}
     * @return a copy with that page cache
     */
    public ServeOptions withPageCache(String size) {
        return new ServeOptions(storeDirectory, listenHost, boltPort, httpPort, authEnabled, password, readOnly, size);
    }

    /** @return whether {@link #listenHost()} is a loopback address, reachable from this machine only */
    public boolean listensOnLoopbackOnly() {
        try {
            return InetAddress.getByName(listenHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new TalentGraphException("Cannot listen on '" + listenHost + "': no such address on this machine.", e);
        }
    }

    /**
     * Refuses the one unsafe combination: a graph reachable from other machines that anyone may read and change.
     *
     * @throws TalentGraphException when authentication is off and the address is not a loopback address
     */
    public void requireSafe() {
        if (!authEnabled && !listensOnLoopbackOnly()) {
            throw new TalentGraphException("Refusing to listen on " + listenHost + " without authentication: anyone who "
                    + "can reach this machine could read and change the graph. Keep authentication on, or listen on "
                    + "127.0.0.1 only.");
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServeOptions[store=" + storeDirectory + ", listen=" + listenHost + ", bolt=" + boltPort + ", http="
                + httpPort + ", auth=" + authEnabled + ", readOnly=" + readOnly + ", pageCache=" + pageCache + "]";
    }
}
