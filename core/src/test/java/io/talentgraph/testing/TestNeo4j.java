package io.talentgraph.testing;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.ServerConfig;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One real Neo4j per test JVM (the in-process harness), shared by every test class of a module: starting
 * it takes seconds, wiping it takes milliseconds. Tests reach it over Bolt through the driver, exactly as
 * an application reaches a server.
 */
public final class TestNeo4j {

    private static Neo4j server;
    private static Database database;

    private TestNeo4j() {
    }

    /** @return the shared harness, started on first use and stopped when the JVM exits */
    public static synchronized Neo4j server() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                    // Every test empties the graph and writes a few dozen nodes, so each load finds the statistics
                    // its cached plans were made with changed past the divergence threshold and, once the default
                    // 10 s have passed, plans every statement again: 15-25 s a load under CI load instead of 0.5 s,
                    // two thirds of GraphLoaderIT. Plans stay valid across data changes; schema changes still flush
                    // the cache, and the plan tests force their own replanning (CYPHER replan=force).
                    .withConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofDays(1))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.close()));
        }
        return server;
    }

    /** @return a driver-backed {@link Database} on the shared harness */
    public static synchronized Database database() {
        if (database == null) {
            database = Databases.connect(ServerConfig.of(server().boltURI().toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> database.close()));
        }
        return database;
    }

    /**
     * Deletes all data but keeps the schema TalentGraph installed (constraints, indexes and the version marker),
     * so that each test starts from an empty graph. Most tests want exactly that, and it is what makes the suite
     * fast: re-creating the schema takes seconds, and every schema change throws away the cached query plans, so
     * the next load plans each statement again (about 7 s against 0.2 s for the article).
     *
     * @param db the database to clear
     */
    public static void clearData(Database db) {
        db.write(tx -> tx.run("MATCH (n) WHERE NOT n:TalentGraphSchema DETACH DELETE n"));
        // The marker also carries the talent-flow aggregate's bookkeeping, which describes data now gone.
        db.write(tx -> tx.run("""
                MATCH (s:TalentGraphSchema)
                SET s = {id: s.id, version: s.version, description: s.description, appliedAt: s.appliedAt}"""));
    }

    /**
     * Deletes all data and all schema, so that a test starts from a database TalentGraph has never touched:
     * for the tests of the schema itself and of what a fresh store does.
     *
     * @param db the database to wipe
     */
    public static void wipe(Database db) {
        db.write(tx -> tx.run("MATCH (n) DETACH DELETE n"));
        db.runAutoCommit("SHOW CONSTRAINTS YIELD name RETURN name", Map.of())
                .forEach(row -> db.runAutoCommit("DROP CONSTRAINT `" + row.string("name").replace("`", "``") + "`", Map.of()));
        db.runAutoCommit("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", Map.of())
                .forEach(row -> db.runAutoCommit("DROP INDEX `" + row.string("name").replace("`", "``") + "`", Map.of()));
    }

    /**
     * Every node but the schema version, with its labels and properties, then every relationship with its type and
     * properties, in an order that depends on the data only: what two loads are compared by.
     *
     * @param db the database
     * @return the rows {@code kind, key, labels, props}
     */
    public static List<Row> snapshot(Database db) {
        return db.read(tx -> {
            List<Row> rows = new ArrayList<>(tx.run("""
                    MATCH (n) WHERE NOT n:TalentGraphSchema
                    RETURN 'node' AS kind, coalesce(n.id, n.key) AS key, labels(n) AS labels, properties(n) AS props
                    ORDER BY key, labels"""));
            rows.addAll(tx.run("""
                    MATCH (a)-[r]->(b)
                    RETURN 'rel' AS kind, a.id + '-' + type(r) + '->' + b.id + '#' + coalesce(r.factId, '') AS key,
                           [type(r)] AS labels, properties(r) AS props
                    ORDER BY key"""));
            return rows;
        });
    }
}
