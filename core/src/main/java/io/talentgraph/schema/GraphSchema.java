package io.talentgraph.schema;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The database schema as versioned migrations: uniqueness constraints on ids, indexes on names, a
 * full-text index over English and Arabic names and aliases, and the talent flow aggregate. {@link #apply(Database)} runs at start-up;
 * it brings any database up to {@link #currentVersion()} and records the version in a single
 * {@code (:TalentGraphSchema {id: 'schema'})} node, so a database says which schema it holds.
 */
@API(status = STABLE, since = "0.1.0")
public final class GraphSchema {

    private static final Logger LOG = LoggerFactory.getLogger(GraphSchema.class);

    /** Name of the full-text index over names and aliases of people, organizations and products. */
    public static final String NAME_INDEX = "entity_names";

    /** The first schema version that holds the {@link TalentFlowAggregate talent flow aggregate}. */
    public static final int AGGREGATE_VERSION = 3;

    /**
     * The first schema version that holds the indexes paged hires read in order: {@link #HIRES_BY_FACT_INDEX} and
     * {@link #GROUPS_BY_ID_INDEX}.
     */
    public static final int PAGED_HIRES_VERSION = 4;

    /** Name of the range index on {@code HIRED_FROM (hiredBy, factId)}: a hirer's named hires in fact-id order. */
    public static final String HIRES_BY_FACT_INDEX = "hired_from_hired_by_fact_id";

    /** Name of the range index on {@code HiringGroup (hiredBy, id)}: a hirer's counted groups in id order. */
    public static final String GROUPS_BY_ID_INDEX = "hiring_group_hired_by_id";

    /** Name of the full-text index over the source ids of fact relationships (keyword analyzer: one id, one token). */
    public static final String FACT_SOURCES_INDEX = "fact_sources";

    /** Relationship types that are facts (they carry a fact id and sources), as a Cypher type alternation. */
    private static String factTypes() {
        return java.util.Arrays.stream(io.talentgraph.model.RelType.values())
                .filter(t -> t != io.talentgraph.model.RelType.CITES && t != io.talentgraph.model.RelType.APPEARED_IN
                        && t != io.talentgraph.model.RelType.ABOUT)
                .map(io.talentgraph.model.RelType::cypherName).collect(java.util.stream.Collectors.joining("|"));
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "unique ids and name indexes", List.of(
                    "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT hiring_group_id IF NOT EXISTS FOR (n:HiringGroup) REQUIRE n.id IS UNIQUE",
                    "CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (n:TalentGraphSchema) REQUIRE n.id IS UNIQUE",
                    "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
                    "CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)",
                    "CREATE INDEX source_outlet IF NOT EXISTS FOR (n:Source) ON (n.outlet)")),
            new Migration(2, "full-text index over English and Arabic names and aliases", List.of(
                    "CREATE FULLTEXT INDEX " + NAME_INDEX + " IF NOT EXISTS FOR (n:Person|Organization|Product) "
                            + "ON EACH [n.name, n.nameAr, n.aliases] "
                            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}")),
            new Migration(AGGREGATE_VERSION, "talent flow aggregate, and indexes for hires at scale", List.of(
                    "CREATE CONSTRAINT talent_flow_key IF NOT EXISTS FOR (n:TalentFlow) REQUIRE n.key IS UNIQUE",
                    "CREATE INDEX talent_flow_from IF NOT EXISTS FOR (n:TalentFlow) ON (n.from)",
                    "CREATE INDEX talent_flow_to IF NOT EXISTS FOR (n:TalentFlow) ON (n.to)",
                    "CREATE INDEX talent_flow_count IF NOT EXISTS FOR (n:TalentFlow) ON (n.count)",
                    "CREATE CONSTRAINT talent_flow_rolled_up_key IF NOT EXISTS FOR (n:TalentFlowRolledUp) REQUIRE n.key IS UNIQUE",
                    "CREATE INDEX talent_flow_rolled_up_from IF NOT EXISTS FOR (n:TalentFlowRolledUp) ON (n.from)",
                    "CREATE INDEX talent_flow_rolled_up_to IF NOT EXISTS FOR (n:TalentFlowRolledUp) ON (n.to)",
                    "CREATE INDEX talent_flow_rolled_up_count IF NOT EXISTS FOR (n:TalentFlowRolledUp) ON (n.count)",
                    "CREATE INDEX hired_from_hired_by IF NOT EXISTS FOR ()-[r:HIRED_FROM]-() ON (r.hiredBy)",
                    "CREATE INDEX hiring_group_hired_by IF NOT EXISTS FOR (n:HiringGroup) ON (n.hiredBy)",
                    // Which facts a source states, without reading every relationship: each source id one token.
                    "CREATE FULLTEXT INDEX " + FACT_SOURCES_INDEX + " IF NOT EXISTS FOR ()-[r:" + factTypes() + "]-() "
                            + "ON EACH [r.sources] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
                    TalentFlowAggregate.CLEAR,
                    TalentFlowAggregate.BUILD,
                    TalentFlowAggregate.CLEAR_ROLLED_UP,
                    TalentFlowAggregate.BUILD_ROLLED_UP,
                    TalentFlowAggregate.MARK_FRESH)),
            new Migration(PAGED_HIRES_VERSION, "indexes that read hires a page at a time, in key order", List.of(
                    // An ordered seek per hirer: the first page of a large organization's hires reads a page, not all.
                    "CREATE INDEX " + HIRES_BY_FACT_INDEX + " IF NOT EXISTS FOR ()-[r:HIRED_FROM]-() ON (r.hiredBy, r.factId)",
                    "CREATE INDEX " + GROUPS_BY_ID_INDEX + " IF NOT EXISTS FOR (n:HiringGroup) ON (n.hiredBy, n.id)")));

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("CREATE CONSTRAINT (\\w+) IF NOT EXISTS");

    private GraphSchema() {
    }

    /** @return the schema version this build of TalentGraph writes */
    public static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** @return every migration, oldest first */
    public static List<Migration> migrations() {
        return MIGRATIONS;
    }

    /**
     * Applies the migrations the database does not hold yet, then waits for indexes to come online.
     * Safe to run concurrently and repeatedly: every statement is idempotent.
     *
     * @param database the database to migrate
     * @return the schema version the database holds afterwards
     */
    public static int apply(Database database) {
        int installed = installedVersion(database);
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= installed) {
                continue;
            }
            LOG.info("Applying schema migration {}: {}", migration.version(), migration.description());
            for (String statement : migration.statements()) {
                runRepairingOrphans(database, statement);
            }
            database.write(tx -> tx.run("""
                    MERGE (s:TalentGraphSchema {id: 'schema'})
                    SET s.version = CASE WHEN coalesce(s.version, 0) < $version THEN $version ELSE s.version END,
                        s.description = $description,
                        s.appliedAt = datetime()
                    """, Map.of("version", migration.version(), "description", migration.description())));
            installed = migration.version();
        }
        // Populating indexes over a freshly imported million-person store takes minutes, not seconds.
        database.runAutoCommit("CALL db.awaitIndexes(3600)", Map.of());
        return installed;
    }

    /**
     * Runs one migration statement. A process killed while it created a uniqueness constraint can leave the
     * constraint's backing index behind without the constraint; that orphan holds the constraint's name, so
     * {@code CREATE CONSTRAINT ... IF NOT EXISTS} then fails on every later start. The orphan is dropped and
     * the constraint created again.
     */
    private static void runRepairingOrphans(Database database, String statement) {
        try {
            database.runAutoCommit(statement, Map.of());
        } catch (QueryFailedException e) {
            Matcher constraint = CONSTRAINT_NAME.matcher(statement);
            if (!constraint.lookingAt() || !dropOrphanedIndex(database, constraint.group(1))) {
                throw e;
            }
            LOG.warn("Dropped index '{}', left without its constraint by an interrupted start; created the constraint again",
                    constraint.group(1));
            database.runAutoCommit(statement, Map.of());
        }
    }

    private static boolean dropOrphanedIndex(Database database, String name) {
        List<Row> orphans = database.runAutoCommit("""
                SHOW INDEXES YIELD name, owningConstraint
                WHERE name = $name AND owningConstraint IS NULL
                RETURN name""", Map.of("name", name));
        if (orphans.isEmpty()) {
            return false;
        }
        // The name comes from this class's own statements (matched as a word), never from input.
        database.runAutoCommit("DROP INDEX " + name + " IF EXISTS", Map.of());
        return true;
    }

    /**
     * @param database the database to ask
     * @return the schema version it holds, 0 for a database TalentGraph has never touched
     */
    public static int installedVersion(Database database) {
        List<Row> rows = database.read(tx -> tx.run(
                "OPTIONAL MATCH (s:TalentGraphSchema {id: 'schema'}) RETURN s.version AS version"));
        Long version = rows.isEmpty() ? null : rows.get(0).longValue("version");
        return version == null ? 0 : version.intValue();
    }
}
