package io.talentgraph.embedded;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.TransactionWork;
import org.apiguardian.api.API;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.dbms.api.Neo4jDatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A persistent Neo4j store running inside this JVM, behind the same {@link Database} interface as a
 * server. Bolt is off unless {@link EmbeddedOptions#boltAddress()} asks for it.
 *
 * <p>Read transactions run with the kernel's read-only access mode, so a write inside
 * {@link #read(TransactionWork)} is refused by the database itself, as it is over Bolt.
 */
@API(status = STABLE, since = "0.1.0")
public final class EmbeddedNeo4j implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DatabaseManagementService service;
    private final GraphDatabaseAPI db;
    private final EmbeddedOptions options;

    private EmbeddedNeo4j(DatabaseManagementService service, GraphDatabaseAPI db, EmbeddedOptions options) {
        this.service = service;
        this.db = db;
        this.options = options;
    }

    /**
     * Opens (and creates, when missing) the store.
     *
     * @param options where and how
     * @return the running store; close it to shut it down
     * @throws StoreInUseException when another process holds the store
     * @throws TalentGraphException when it cannot be opened otherwise
     */
    public static EmbeddedNeo4j open(EmbeddedOptions options) {
        return open(options, EmbeddedSetup.NONE);
    }

    /**
     * Opens the store with what a module built on it adds: settings beyond {@link EmbeddedOptions}, applied after
     * the defaults so that they win, and a choice of the extensions that start.
     *
     * @param options where and how
     * @param setup   the additions, e.g. the server module's Bolt, HTTP and Graph Data Science settings
     * @return the running store; close it to shut it down
     * @throws StoreInUseException when another process holds the store
     * @throws TalentGraphException when it cannot be opened otherwise
     */
    public static EmbeddedNeo4j open(EmbeddedOptions options, EmbeddedSetup setup) {
        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            Files.createDirectories(options.storeDirectory());
            // What the public builder is, with the extensions on the classpath that the setup lets start.
            Neo4jDatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilderImplementation(
                    options.storeDirectory(), setup::starts)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(options.pageCache()))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.read_only_database_default, options.readOnly());
            if (options.boltAddress() != null) {
                builder.setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, socketAddress(options.boltAddress()));
            } else {
                builder.setConfig(BoltConnector.enabled, false);
            }
            setup.configure(builder);
            service = builder.build();
        } catch (Exception e) {
            throw openFailure(options.storeDirectory(), e);
        }
        GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        LOG.info("Opened embedded Neo4j store at {} in {} ms", options.storeDirectory(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedNeo4j(service, (GraphDatabaseAPI) database, options);
    }

    private static SocketAddress socketAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try {
            return new SocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new TalentGraphException("Bolt address '" + hostAndPort + "' is not host:port, e.g. 127.0.0.1:7687.");
        }
    }

    private static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long factor = 1;
        if (s.endsWith("k")) {
            factor = 1024L;
        } else if (s.endsWith("m")) {
            factor = 1024L * 1024;
        } else if (s.endsWith("g")) {
            factor = 1024L * 1024 * 1024;
        }
        String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits) * factor;
        } catch (NumberFormatException e) {
            throw new TalentGraphException("Page cache size '" + size + "' is not a size: use e.g. 128m or 2g.");
        }
    }

    private static TalentGraphException openFailure(Path store, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("lock") || t.getClass().getSimpleName().contains("Lock")) {
                return new StoreInUseException(store, e);
            }
        }
        return new TalentGraphException("Cannot open the Neo4j store at " + store + ": " + e.getMessage(), e);
    }

    /** @return the underlying database service, for tools that need Neo4j's own API (procedures, Browser) */
    public GraphDatabaseService graphDatabaseService() {
        return db;
    }

    /** @return the {@code system} database, for tools that administer users (the server module) */
    public GraphDatabaseService systemDatabase() {
        return service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    }

    /** @return the options this store was opened with */
    public EmbeddedOptions options() {
        return options;
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        SecurityContext readOnly = SecurityContext.authDisabled(AccessMode.Static.READ,
                ClientConnectionInfo.EMBEDDED_CONNECTION, db.databaseName());
        return retrying(() -> {
            try (InternalTransaction tx = db.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly)) {
                T result = work.execute(new EmbeddedTransaction(tx, true));
                tx.commit();
                return result;
            }
        });
    }

    @Override
    public <T> T write(TransactionWork<T> work) {
        return retrying(() -> {
            try (org.neo4j.graphdb.Transaction tx = db.beginTx()) {
                T result = work.execute(new EmbeddedTransaction(tx, false));
                tx.commit();
                return result;
            }
        });
    }

    @Override
    public List<Row> runAutoCommit(String cypher, Map<String, ?> parameters) {
        // Statements such as CALL { } IN TRANSACTIONS need an implicit transaction; the embedded API
        // gives one through executeTransactionally.
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) parameters;
            return db.executeTransactionally(cypher, params, EmbeddedTransaction::rows);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private <T> T retrying(java.util.function.Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (TransientFailureException e) {
                if (n >= MAX_ATTEMPTS) {
                    throw translate(e);
                }
                LOG.debug("Transient failure, attempt {} of {}: {}", n, MAX_ATTEMPTS, e.getMessage());
                sleep(50L << n);
            } catch (TalentGraphException e) {
                throw e;
            } catch (RuntimeException e) {
                throw translate(e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TalentGraphException("Interrupted while retrying a transaction", e);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof TalentGraphException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Status.HasStatus hasStatus) {
                return new QueryFailedException(hasStatus.status().code().serialize(), t.getMessage(), e);
            }
            if (t instanceof org.neo4j.graphdb.QueryExecutionException q) {
                return new QueryFailedException(q.getStatusCode(), q.getMessage(), e);
            }
        }
        return new QueryFailedException(null, e.getMessage(), e);
    }

    @Override
    public String describe() {
        return "embedded Neo4j store at " + options.storeDirectory();
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        LOG.info("Closed embedded Neo4j store in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
