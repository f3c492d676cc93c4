package io.talentgraph.schema;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Talent flow, pre-computed: one {@code (:TalentFlow {key, from, to, fromDescription, named, unnamed, count,
 * units})} node per origin and destination, so that "how many people moved from A to B" is an index lookup
 * instead of an aggregation over every hire in the graph.
 *
 * <h2>What is counted</h2>
 * The flow is a sum of <em>units</em>, defined once here ({@link #ALL_UNITS}) and used both to maintain the
 * aggregate and by the query API when the aggregate is not usable:
 * <ul>
 *   <li>a named hire ({@code (:Person)-[:HIRED_FROM {hiredBy}]->(from)}) counts 1, unless a top-level group hire
 *       for the same origin and hirer already counts that person;</li>
 *   <li>a top-level group hire counts its size, less its named members whose own origin puts them on another row;
 *       groups inside a larger group are counted by it.</li>
 * </ul>
 * A row exists while at least one unit contributes to it ({@code units > 0}), even when its count is 0.
 *
 * <h2>How it is kept correct</h2>
 * Every write that can change a unit (a hire, a group hire, a membership) goes through
 * {@link #beforeWrite}/{@link Update#afterWrite} in the same transaction: the contributions of the units the
 * write can touch are computed before and after it, and the difference is applied. That is exact, because a
 * unit's contribution depends only on the units found from the written people and groups. Loads that rewrite
 * much of the graph instead {@link #markStale mark the aggregate stale} and {@link #rebuild rebuild} it at the
 * end; while it is stale, readers compute the flow from the base graph.
 *
 * <p>Writers of flow-relevant data serialize on the schema node (see {@link #beforeWrite}), so concurrent
 * loads cannot interleave between the two halves of an update.
 */
public final class TalentFlowAggregate {

    private static final Logger LOG = LoggerFactory.getLogger(TalentFlowAggregate.class);

    /** The body of a named unit, after {@code MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)}. */
    static final String NAMED_UNIT = """
            MATCH (dst:Organization {id: h.hiredBy})
            WHERE NOT EXISTS {
              MATCH (g:HiringGroup)-[:INCLUDES*1..]->(p)
              WHERE g.hiredBy = h.hiredBy AND g.from = src.id AND NOT EXISTS { (:HiringGroup)-[:INCLUDES]->(g) }
            }
            RETURN src, dst, null AS fromDescription, 1 AS named, 0 AS unnamed""";

    /** The body of a group unit, after a {@code MATCH} of a top-level {@code g:HiringGroup}. */
    static final String GROUP_UNIT = """
            MATCH (dst:Organization {id: g.hiredBy})
            OPTIONAL MATCH (src:Organization {id: g.from})
            WITH g, src, dst, COUNT { (g)-[:INCLUDES*1..]->(m:Person)-[mh:HIRED_FROM]->(mo:Organization)
                                      WHERE mh.hiredBy = g.hiredBy AND (g.from IS NULL OR mo.id <> g.from) } AS elsewhere
            RETURN src, dst, CASE WHEN src IS NULL THEN g.fromDescription END AS fromDescription,
                   0 AS named, g.count - elsewhere AS unnamed""";

    private static final String TOP_LEVEL = "NOT EXISTS { (:HiringGroup)-[:INCLUDES]->(g) }";

    /**
     * Every unit of the whole graph as rows {@code src, dst, fromDescription, named, unnamed} ({@code src} and
     * {@code dst} are organization nodes; {@code src} is null for a group from an unnamed origin). A Cypher
     * {@code CALL} block, to be followed by the clauses that aggregate it.
     */
    public static final String ALL_UNITS = """
            CALL {
              MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
            %s
              UNION ALL
              MATCH (g:HiringGroup) WHERE %s
            %s
            }""".formatted(NAMED_UNIT.indent(2), TOP_LEVEL, GROUP_UNIT.indent(2));

    private static final String KEY = "CASE WHEN %1$s IS NULL THEN '?' + coalesce(%2$s, '') ELSE %1$s END + '>' + %3$s";

    static final String SCOPED_CONTRIBUTIONS = """
            CALL {
              UNWIND $persons AS pid
              MATCH (p:Person {id: pid})-[h:HIRED_FROM]->(src:Organization)
            %s
              UNION ALL
              UNWIND $groups AS gid
              MATCH (g:HiringGroup {id: gid}) WHERE %s
            %s
            }
            RETURN src.id AS from, fromDescription, dst.id AS to,
                   sum(named) AS named, sum(unnamed) AS unnamed, count(*) AS units
            """.formatted(NAMED_UNIT.indent(2), TOP_LEVEL, GROUP_UNIT.indent(2));

    /** People inside the given groups, and the top-level groups above the given groups and people. */
    static final String SCOPE = """
            CALL {
              UNWIND $groups AS gid
              OPTIONAL MATCH (:HiringGroup {id: gid})-[:INCLUDES*1..]->(m:Person)
              RETURN collect(DISTINCT m.id) AS members
            }
            CALL {
              CALL {
                UNWIND $groups AS gid
                MATCH (g:HiringGroup)-[:INCLUDES*0..]->(:HiringGroup {id: gid}) WHERE %1$s
                RETURN g.id AS id
                UNION
                UNWIND $persons AS pid
                MATCH (g:HiringGroup)-[:INCLUDES*1..]->(:Person {id: pid}) WHERE %1$s
                RETURN g.id AS id
              }
              RETURN collect(id) AS tops
            }
            RETURN members, tops
            """.formatted(TOP_LEVEL);

    static final String APPLY = """
            UNWIND $rows AS row
            MERGE (f:TalentFlow {key: row.key})
              ON CREATE SET f.from = row.from, f.to = row.to, f.fromDescription = row.fromDescription,
                            f.named = 0, f.unnamed = 0, f.units = 0
            SET f.named = f.named + row.named, f.unnamed = f.unnamed + row.unnamed, f.units = f.units + row.units
            SET f.count = f.named + f.unnamed
            WITH f WHERE f.units <= 0
            DELETE f
            """;

    /** Taken first by every flow update: writers of flow-relevant data queue here instead of interleaving. */
    static final String LOCK = """
            MERGE (s:TalentGraphSchema {id: 'schema'})
            SET s.flowUpdates = coalesce(s.flowUpdates, 0) + 1
            """;

    /** Deletes the aggregate, in batches so that a large one does not need one huge transaction. */
    public static final String CLEAR = """
            MATCH (f:TalentFlow)
            CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS
            """;

    /** Computes the aggregate from the whole graph; run after {@link #CLEAR}, outside a transaction. */
    public static final String BUILD = ALL_UNITS + """

            WITH src.id AS from, fromDescription, dst.id AS to,
                 sum(named) AS named, sum(unnamed) AS unnamed, count(*) AS units
            CALL (from, fromDescription, to, named, unnamed, units) {
              CREATE (:TalentFlow {key: %s, from: from, to: to, fromDescription: fromDescription,
                                   named: named, unnamed: unnamed, count: named + unnamed, units: units})
            } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(KEY.formatted("from", "fromDescription", "to"));

    /** Marks the aggregate usable again; the last step of a rebuild. */
    public static final String MARK_FRESH = "MATCH (s:TalentGraphSchema {id: 'schema'}) REMOVE s.flowStale";

    private TalentFlowAggregate() {
    }

    /**
     * The first half of an update, called in the writing transaction before anything flow-relevant is written.
     *
     * @param tx      the writing transaction
     * @param persons ids of people the write gives a hire (or whose hires it changes)
     * @param groups  ids of the group hires the write creates or changes, the groups they are {@code within},
     *                and the groups its hires name
     * @return the update to finish with {@link Update#afterWrite} in the same transaction
     */
    public static Update beforeWrite(Transaction tx, Collection<String> persons, Collection<String> groups) {
        List<String> p0 = List.copyOf(new LinkedHashSet<>(persons));
        List<String> g0 = List.copyOf(new LinkedHashSet<>(groups));
        if (p0.isEmpty() && g0.isEmpty()) {
            return new Update(p0, g0, new Scope(Set.of(), Set.of()), Map.of());
        }
        tx.run(LOCK);
        Scope scope = scope(tx, p0, g0);
        return new Update(p0, g0, scope, contributions(tx, scope));
    }

    /**
     * The second half of an update, in flight between {@link #beforeWrite} and the commit.
     */
    public static final class Update {
        private final List<String> persons;
        private final List<String> groups;
        private final Scope before;
        private final Map<String, Contribution> contributionsBefore;

        private Update(List<String> persons, List<String> groups, Scope before, Map<String, Contribution> contributions) {
            this.persons = persons;
            this.groups = groups;
            this.before = before;
            this.contributionsBefore = contributions;
        }

        /**
         * Applies the change the write made to the aggregate.
         *
         * @param tx the same transaction, after the write
         * @return {@code true} when the aggregate was updated; {@code false} when the write reached units the first
         *         half did not see, in which case the aggregate was marked stale and needs a {@link #rebuild}
         */
        public boolean afterWrite(Transaction tx) {
            if (persons.isEmpty() && groups.isEmpty()) {
                return true;
            }
            Scope after = scope(tx, persons, groups);
            if (!before.persons.containsAll(after.persons) || !before.groups.containsAll(after.groups)) {
                LOG.warn("A write reached hires the talent flow update did not anticipate; marking the aggregate stale");
                tx.run(MARK_STALE);
                return false;
            }
            Map<String, Contribution> now = contributions(tx, before);
            List<Map<String, Object>> rows = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>(contributionsBefore.keySet());
            keys.addAll(now.keySet());
            for (String key : keys) {
                Contribution was = contributionsBefore.get(key);
                Contribution is = now.get(key);
                Contribution any = is != null ? is : was;
                long named = (is == null ? 0 : is.named) - (was == null ? 0 : was.named);
                long unnamed = (is == null ? 0 : is.unnamed) - (was == null ? 0 : was.unnamed);
                long units = (is == null ? 0 : is.units) - (was == null ? 0 : was.units);
                if (named != 0 || unnamed != 0 || units != 0) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("key", key);
                    row.put("from", any.from);
                    row.put("to", any.to);
                    row.put("fromDescription", any.fromDescription);
                    row.put("named", named);
                    row.put("unnamed", unnamed);
                    row.put("units", units);
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                tx.run(APPLY, Map.of("rows", rows));
            }
            return true;
        }
    }

    private static final String MARK_STALE = "MERGE (s:TalentGraphSchema {id: 'schema'}) SET s.flowStale = true";

    /**
     * Marks the aggregate stale, so that readers compute the flow from the base graph until {@link #rebuild}.
     * Bulk loads that rewrite much of the graph do this instead of updating the aggregate batch by batch.
     *
     * @param database the database
     */
    public static void markStale(Database database) {
        database.write(tx -> tx.run(MARK_STALE));
    }

    /**
     * @param tx a transaction
     * @return whether the aggregate is there and correct: the schema holds it and no load left it stale
     */
    public static boolean isUsable(Transaction tx) {
        List<Row> rows = tx.run("""
                OPTIONAL MATCH (s:TalentGraphSchema {id: 'schema'})
                RETURN coalesce(s.version, 0) >= $version AND NOT coalesce(s.flowStale, false) AS usable
                """, Map.of("version", GraphSchema.AGGREGATE_VERSION));
        return Boolean.TRUE.equals(rows.get(0).bool("usable"));
    }

    /**
     * Recomputes the whole aggregate from the graph and marks it fresh. Takes about as long as one talent-flow
     * query over the whole graph without the aggregate.
     *
     * @param database the database
     */
    public static void rebuild(Database database) {
        long started = System.nanoTime();
        database.runAutoCommit(CLEAR, Map.of());
        database.runAutoCommit(BUILD, Map.of());
        database.write(tx -> tx.run(MARK_FRESH));
        LOG.info("Rebuilt the talent flow aggregate in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private record Scope(Set<String> persons, Set<String> groups) {
    }

    private record Contribution(String from, String fromDescription, String to, long named, long unnamed, long units) {
    }

    private static Scope scope(Transaction tx, List<String> persons, List<String> groups) {
        Row row = tx.run(SCOPE, Map.of("persons", persons, "groups", groups)).get(0);
        Set<String> people = new LinkedHashSet<>(persons);
        people.addAll(row.strings("members"));
        Set<String> tops = new LinkedHashSet<>(groups);
        tops.addAll(row.strings("tops"));
        return new Scope(people, tops);
    }

    private static Map<String, Contribution> contributions(Transaction tx, Scope scope) {
        Map<String, Contribution> out = new HashMap<>();
        for (Row r : tx.run(SCOPED_CONTRIBUTIONS, Map.of("persons", List.copyOf(scope.persons),
                "groups", List.copyOf(scope.groups)))) {
            Contribution c = new Contribution(r.string("from"), r.string("fromDescription"), r.string("to"),
                    r.longValue("named"), r.longValue("unnamed"), r.longValue("units"));
            out.put(key(c.from, c.fromDescription, c.to), c);
        }
        return out;
    }

    /**
     * @param from            the origin's id, or {@code null} for an unnamed origin
     * @param fromDescription how the source describes an unnamed origin, or {@code null}
     * @param to              the destination's id
     * @return the aggregate row's key: {@code from>to}, or {@code ?description>to} for an unnamed origin
     */
    public static String key(String from, String fromDescription, String to) {
        return (from == null ? "?" + (fromDescription == null ? "" : fromDescription) : from) + ">" + to;
    }
}
