package io.talentgraph.embedded;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How to open the in-process store.
 *
 * @param storeDirectory where the store lives; created when missing
 * @param boltAddress    {@code host:port} to accept Bolt connections on, or {@code null} for none (default)
 * @param pageCache      page cache size in Neo4j's notation, e.g. {@code 128m}
 * @param readOnly       open the store read-only: every write is refused by the database
 */
@API(status = STABLE, since = "0.1.0")
public record EmbeddedOptions(Path storeDirectory, String boltAddress, String pageCache, boolean readOnly) {

    /** Environment variable that overrides {@link #defaultStoreDirectory()}. */
    public static final String ENV_STORE = "TALENTGRAPH_STORE";

    /**
     * Requires a store directory.
     *
     * @param storeDirectory where the store lives; created when missing
     * @param boltAddress    {@code host:port} to accept Bolt connections on, or {@code null} for none (default)
     * @param pageCache      page cache size in Neo4j's notation, e.g. {@code 128m}
     * @param readOnly       open the store read-only: every write is refused by the database
     */
    public EmbeddedOptions {
        Objects.requireNonNull(storeDirectory, "storeDirectory");
        storeDirectory = storeDirectory.toAbsolutePath().normalize();
        pageCache = pageCache == null ? "128m" : pageCache;
    }

    /**
     * @param storeDirectory where the store lives
     * @return options with Bolt off, a 128 MiB page cache, writable
     */
    public static EmbeddedOptions at(Path storeDirectory) {
        return new EmbeddedOptions(storeDirectory, null, null, false);
    }

    /**
     * The documented default store: {@code $TALENTGRAPH_STORE} when set, else {@code ~/.talentgraph/store}.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return the directory
     */
    public static Path defaultStoreDirectory(Map<String, String> env) {
        String fromEnv = env.get(ENV_STORE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".talentgraph", "store");
    }

    /** @return {@link #defaultStoreDirectory(Map)} for this process's environment */
    public static Path defaultStoreDirectory() {
        return defaultStoreDirectory(System.getenv());
    }

    /**
     * @param address {@code host:port}, e.g. {@code 127.0.0.1:7687}
     * @return a copy that also accepts Bolt connections there
     */
    public EmbeddedOptions withBolt(String address) {
        return new EmbeddedOptions(storeDirectory, address, pageCache, readOnly);
    }

    /**
     * @param size page cache size, e.g. {@code 512m} or {@code 2g}
     * @return a copy with that page cache
     */
    public EmbeddedOptions withPageCache(String size) {
        return new EmbeddedOptions(storeDirectory, boltAddress, size, readOnly);
    }

    /**
     * @param value whether the store refuses all writes
     * @return a copy with that setting
     */
    public EmbeddedOptions withReadOnly(boolean value) {
        return new EmbeddedOptions(storeDirectory, boltAddress, pageCache, value);
    }
}
