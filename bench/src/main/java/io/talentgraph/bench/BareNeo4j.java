package io.talentgraph.bench;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import java.nio.file.Path;
import java.util.Map;

/**
 * The floor {@code bench-startup} measures TalentGraph against: an embedded Neo4j opened with its own builder and
 * nothing of TalentGraph's, that runs {@code RETURN 1} and shuts down. It uses Neo4j's API alone, so that the class
 * path {@link StartupBench} gives it (Neo4j's jars, without GDS and without TalentGraph's) decides what loads.
 *
 * <p>As a process: {@code BareNeo4j STORE PLUGIN_DIR PAGE_CACHE_BYTES}; prints one line,
 * {@code BARE open=MS query=MS close=MS}.
 */
public final class BareNeo4j {

    private BareNeo4j() {
    }

    /**
     * @param args the store directory, an (empty) plugin directory and the page cache in bytes
     */
    public static void main(String[] args) {
        long started = System.nanoTime();
        // The settings TalentGraph's own open uses that change what starts: the same page cache, no Bolt, no HTTP.
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[1]))
                .setConfig(GraphDatabaseSettings.pagecache_memory, Long.parseLong(args[2]))
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .build();
        var db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long opened = System.nanoTime();
        Object one = db.executeTransactionally("RETURN 1 AS one", Map.of(), result -> result.next().get("one"));
        long queried = System.nanoTime();
        service.shutdown();
        long closed = System.nanoTime();
        if (!Long.valueOf(1).equals(one)) {
            throw new IllegalStateException("RETURN 1 returned " + one);
        }
        System.out.printf("BARE open=%d query=%d close=%d%n", (opened - started) / 1_000_000,
                (queried - opened) / 1_000_000, (closed - queried) / 1_000_000);
        System.out.flush();
    }
}
