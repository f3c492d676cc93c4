package io.talentgraph.bench;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The Neo4j server every loader of the benchmark talks to: the same embedded server as {@code talentgraph},
 * with Bolt on a local port and {@code LOAD CSV} allowed to read the benchmark's data directory. Started in a
 * process of its own by default, so that its heap and the loader's are measured apart.
 *
 * <p>As a process: {@code BenchServer STORE PORT IMPORT_DIR PAGE_CACHE}; prints {@code READY} when Bolt accepts
 * connections and shuts down cleanly when its standard input closes.
 */
public final class BenchServer {

    private BenchServer() {
    }

    /**
     * Starts a server in this JVM.
     *
     * @param store     the store directory (its home: {@code data/databases/neo4j} inside)
     * @param port      the Bolt port on 127.0.0.1
     * @param importDir where {@code LOAD CSV} may read {@code file:///} URLs from
     * @param pageCache page cache size, e.g. {@code 2g}
     * @return the running server; shut it down when done
     */
    public static DatabaseManagementService start(Path store, int port, Path importDir, String pageCache) {
        return new DatabaseManagementServiceBuilder(store)
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(pageCache))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                // Every loader writes gigabytes of transaction log at a million persons; keep only what recovery needs.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();
    }

    static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long factor = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(factor == 1 ? s : s.substring(0, s.length() - 1)) * factor;
    }

    /**
     * Runs a server until standard input closes.
     *
     * @param args store, Bolt port, import directory, page cache
     * @throws IOException when standard input fails
     */
    public static void main(String[] args) throws IOException {
        DatabaseManagementService service = start(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), args[3]);
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // Runs until the benchmark closes this process's input.
        }
        service.shutdown();
        System.out.println("STOPPED");
        System.out.flush();
        System.exit(0);
    }
}
