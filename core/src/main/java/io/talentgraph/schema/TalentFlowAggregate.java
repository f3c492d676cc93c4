package io.talentgraph.schema;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

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
 *       for the same origin and hirer already counts that person, or the same person has another report of the same
 *       move (two articles, or two people merged into one): then only the earliest report counts (by
 *       {@code validFrom}, then fact id), so a person is counted once per move whatever the number of reports;</li>
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
 * <p>A second set of rows, {@code (:TalentFlowRolledUp)}, holds the same flow with every lab counted under the
 * company it is part of ({@code PART_OF}, followed to the top), so that rolled-up questions are index lookups
 * too. Each change to a row is applied to its rolled-up row as well; a write that changes which company a lab
 * rolls up to marks the rolled-up rows stale, and the loader rebuilds them from the rows (see
 * {@link #rebuildStale}).
 *
 * <p>Writers of flow-relevant data serialize on the schema node (see {@link #beforeWrite}), so concurrent
 * loads cannot interleave between the two halves of an update.
 *
 * <h2>Why it lives in core</h2>
 * Not next to the loader's writes, although they keep it correct: the aggregate is part of the schema
 * ({@link GraphSchema}'s migration 3 builds it with this class's statements), and the query API reads its units
 * ({@link #COUNTED_UNITS}, from the queries module, which does not depend on the loader). The incremental update
 * counts with the same unit definitions, so moving it to the loader would turn them into public Cypher across
 * modules. Its Cypher is package-private except the three unit listings other modules' readers wrap.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TalentFlowAggregate {

    private static final Logger LOG = LoggerFactory.getLogger(TalentFlowAggregate.class);

    /** The body of a named unit, after {@code MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)}. */
    static final String NAMED_UNIT = """
            MATCH (dst:Organization {id: h.hiredBy})
            WHERE NOT EXISTS {
              MATCH (p)-[twin:HIRED_FROM {hiredBy: h.hiredBy}]->(src)
              WHERE coalesce(twin.validFrom, '') < coalesce(h.validFrom, '')
                 OR (coalesce(twin.validFrom, '') = coalesce(h.validFrom, '') AND coalesce(twin.factId, '') < coalesce(h.factId, ''))
            }
            AND NOT EXISTS {
              MATCH (g:HiringGroup)-[:INCLUDES*1..]->(p)
              WHERE g.hiredBy = h.hiredBy AND g.from = src.id AND NOT EXISTS { (:HiringGroup)-[:INCLUDES]->(g) }
            }
            RETURN src, dst, null AS fromDescription, 1 AS named, 0 AS unnamed,
                   h.date AS date, h.datePrecision AS datePrecision""";

    /** The body of a group unit, after a {@code MATCH} of a top-level {@code g:HiringGroup}. */
    static final String GROUP_UNIT = """
            MATCH (dst:Organization {id: g.hiredBy})
            OPTIONAL MATCH (src:Organization {id: g.from})
            WITH g, src, dst, COUNT { (g)-[:INCLUDES*1..]->(m:Person)-[mh:HIRED_FROM]->(mo:Organization)
                                      WHERE mh.hiredBy = g.hiredBy AND (g.from IS NULL OR mo.id <> g.from) } AS elsewhere
            RETURN src, dst, CASE WHEN src IS NULL THEN g.fromDescription END AS fromDescription,
                   0 AS named, g.count - elsewhere AS unnamed, g.date AS date, g.datePrecision AS datePrecision""";

    /**
     * A cheap first cut by date, before a unit's subqueries run: a date in {@code [$firstYear, $yearAfter)} compared as
     * text ("2024", "2024-03" and "2024-03-10" all sort inside ["2024", "2025")). Both {@code null} keeps every unit,
     * undated ones too; the caller still checks the window exactly, at the date's precision.
     */
    private static final String IN_YEARS = "($firstYear IS NULL OR %1$s.date >= $firstYear) AND ($yearAfter IS NULL OR %1$s.date < $yearAfter)";

    private static final String TOP_LEVEL = "NOT EXISTS { (:HiringGroup)-[:INCLUDES]->(g) }";

    /**
     * Every unit of the whole graph as rows {@code src, dst, fromDescription, named, unnamed} ({@code src} and
     * {@code dst} are organization nodes; {@code src} is null for a group from an unnamed origin). A Cypher
     * {@code CALL} block, to be followed by the clauses that aggregate it.
     */
    static final String ALL_UNITS = """
            CALL {
              MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
            %s
              UNION ALL
              MATCH (g:HiringGroup) WHERE %s
            %s
            }""".formatted(NAMED_UNIT.indent(2), TOP_LEVEL, GROUP_UNIT.indent(2));

    // The three unit listings below are the Cypher constants that stay public: the query API (TalentQueries, in the
    // queries module) and the analytics module wrap them in their own queries, so that every reader counts a move as
    // the aggregate does. Everything else here is package-private.

    /**
     * The units of the flow as the body of a Cypher {@code CALL { }}: rows {@code src, dst, fromDescription,
     * named, unnamed, date, datePrecision}, limited to the hires known by {@code $asOf} (ISO text; {@code null}
     * for all). The query API adds these up when the aggregate cannot answer (a date is given, or it is stale), so
     * that both give the same numbers.
     */
    public static final String COUNTED_UNITS = units("MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)", "true", "true");

    /**
     * {@link #COUNTED_UNITS} with dates from the year {@code $firstYear} to before {@code $yearAfter} (4-digit text,
     * or {@code null} for no bound): a first, textual cut before a unit's subqueries run, for callers that then check
     * their window exactly at each date's precision.
     */
    public static final String UNITS_IN_YEARS = units("MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)",
            IN_YEARS.formatted("h"), IN_YEARS.formatted("g"));

    /**
     * {@link #UNITS_IN_YEARS} cut to what some sources reported, {@code $sources} (source ids). A move counts when any
     * report of it cites one of them, whichever report is the unit: the cited reports are found first, then every
     * report of the same move, of which the unit is the earliest as usual. A group counts when its own fact cites one;
     * its named members counted on other rows are taken out of it whatever the cut.
     */
    public static final String REPORTED_UNITS = units("""
            MATCH (p:Person)-[cited:HIRED_FROM]->(src:Organization)
            WHERE any(source IN coalesce(cited.sources, []) WHERE source IN $sources)
            WITH DISTINCT p, src, cited.hiredBy AS hiredBy
            MATCH (p)-[h:HIRED_FROM {hiredBy: hiredBy}]->(src)""", IN_YEARS.formatted("h"),
            IN_YEARS.formatted("g") + " AND any(source IN coalesce(g.sources, []) WHERE source IN $sources)");

    /**
     * The units as rows, for the query API's variants: {@code namedHires} matches the hires {@code h} of people
     * {@code p} from {@code src}; {@code namedCut} and {@code groupCut} narrow the hires and the top-level groups
     * {@code g} further. Every variant keeps the {@code $asOf} cut and counts each unit as {@link #NAMED_UNIT} and
     * {@link #GROUP_UNIT} say.
     */
    private static String units(String namedHires, String namedCut, String groupCut) {
        return """
                %s
                WHERE ($asOf IS NULL OR coalesce(h.validFrom, '') <= $asOf) AND %s
                %s
                UNION ALL
                MATCH (g:HiringGroup) WHERE %s
                  AND ($asOf IS NULL OR coalesce(g.validFrom, '') <= $asOf) AND %s
                %s
                """.formatted(namedHires, namedCut, NAMED_UNIT, TOP_LEVEL, groupCut, GROUP_UNIT);
    }

    private static final String KEY = "CASE WHEN %1$s IS NULL THEN '?' + coalesce(%2$s, '') ELSE %1$s END + '>' + %3$s";

    /**
     * The id of the organization an organization rolls up to: itself, or the top of its {@code PART_OF} chain.
     * {@code %s} is an expression giving the organization's id. The same rule as the query API's roll-up.
     */
    static final String TOP = "head([(o:Organization {id: %s})-[:PART_OF*0..]->(t:Organization) WHERE NOT (t)-[:PART_OF]->() | t.id])";

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
            WITH row, %1$s AS fromTop, %2$s AS toTop
            MERGE (r:TalentFlowRolledUp {key: %3$s})
              ON CREATE SET r.from = fromTop, r.to = toTop, r.fromDescription = row.fromDescription,
                            r.named = 0, r.unnamed = 0, r.units = 0
            SET r.named = r.named + row.named, r.unnamed = r.unnamed + row.unnamed, r.units = r.units + row.units
            SET r.count = r.named + r.unnamed
            RETURN collect(DISTINCT r.key) AS rolledKeys
            """.formatted(TOP.formatted("row.from"), TOP.formatted("row.to"), KEY.formatted("fromTop", "row.fromDescription", "toTop"));

    /** Rows no unit contributes to any more; a statement of its own, so that no row is merged after it is deleted. */
    static final String DELETE_EMPTY = """
            CALL { MATCH (f:TalentFlow) WHERE f.key IN $keys AND f.units <= 0 DELETE f }
            CALL { MATCH (r:TalentFlowRolledUp) WHERE r.key IN $rolledKeys AND r.units <= 0 DELETE r }
            """;

    static final String TOPS = "UNWIND $parts AS id RETURN id, " + TOP.formatted("id") + " AS top";

    /** Taken first by every flow update: writers of flow-relevant data queue here instead of interleaving. */
    static final String LOCK = """
            MERGE (s:TalentGraphSchema {id: 'schema'})
            SET s.flowUpdates = coalesce(s.flowUpdates, 0) + 1
            """;

    /** Deletes the aggregate, in batches so that a large one does not need one huge transaction. */
    static final String CLEAR = """
            MATCH (f:TalentFlow)
            CALL (f) { DELETE f } IN TRANSACTIONS OF 10000 ROWS
            """;

    /** Deletes the rolled-up rows. */
    static final String CLEAR_ROLLED_UP = """
            MATCH (r:TalentFlowRolledUp)
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
            """;

    /** Computes the aggregate from the whole graph; run after {@link #CLEAR}, outside a transaction. */
    static final String BUILD = ALL_UNITS + """

            WITH src.id AS from, fromDescription, dst.id AS to,
                 sum(named) AS named, sum(unnamed) AS unnamed, count(*) AS units
            CALL (from, fromDescription, to, named, unnamed, units) {
              CREATE (:TalentFlow {key: %s, from: from, to: to, fromDescription: fromDescription,
                                   named: named, unnamed: unnamed, count: named + unnamed, units: units})
            } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(KEY.formatted("from", "fromDescription", "to"));

    /** Computes the rolled-up rows from the rows; run after {@link #CLEAR_ROLLED_UP}, outside a transaction. */
    static final String BUILD_ROLLED_UP = """
            MATCH (f:TalentFlow)
            WITH %1$s AS from, f.fromDescription AS fromDescription, %2$s AS to, f
            WITH from, fromDescription, to, sum(f.named) AS named, sum(f.unnamed) AS unnamed, sum(f.units) AS units
            CALL (from, fromDescription, to, named, unnamed, units) {
              CREATE (:TalentFlowRolledUp {key: %3$s, from: from, to: to, fromDescription: fromDescription,
                                           named: named, unnamed: unnamed, count: named + unnamed, units: units})
            } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(TOP.formatted("f.from"), TOP.formatted("f.to"), KEY.formatted("from", "fromDescription", "to"));

    /** Marks the aggregate usable again; the last step of a rebuild. */
    static final String MARK_FRESH = "MATCH (s:TalentGraphSchema {id: 'schema'}) REMOVE s.flowStale, s.flowRolledUpStale";

    private TalentFlowAggregate() {
    }

    /**
     * The first half of an update, called in the writing transaction before anything flow-relevant is written.
     *
     * @param tx      the writing transaction
     * @param persons ids of people the write gives a hire (or whose hires it changes)
     * @param groups  ids of the group hires the write creates or changes, the groups they are {@code within},
     *                and the groups its hires name
     * @param parts   ids of organizations the write puts inside another ({@code part-of} facts)
     * @return the update to finish with {@link Update#afterWrite} in the same transaction
     */
    public static Update beforeWrite(Transaction tx, Collection<String> persons, Collection<String> groups,
                                     Collection<String> parts) {
        List<String> p0 = List.copyOf(new LinkedHashSet<>(persons));
        List<String> g0 = List.copyOf(new LinkedHashSet<>(groups));
        List<String> o0 = List.copyOf(new LinkedHashSet<>(parts));
        if (p0.isEmpty() && g0.isEmpty() && o0.isEmpty()) {
            return new Update(p0, g0, o0, new Scope(Set.of(), Set.of()), Map.of(), Map.of());
        }
        tx.run(LOCK);
        Map<String, String> tops = tops(tx, o0);
        Scope scope = scope(tx, p0, g0);
        return new Update(p0, g0, o0, scope, contributions(tx, scope), tops);
    }

    /**
     * The second half of an update, in flight between {@link #beforeWrite} and the commit.
     */
    public static final class Update {
        private final List<String> persons;
        private final List<String> groups;
        private final List<String> parts;
        private final Scope before;
        private final Map<String, Contribution> contributionsBefore;
        private final Map<String, String> topsBefore;

        private Update(List<String> persons, List<String> groups, List<String> parts, Scope before,
                       Map<String, Contribution> contributions, Map<String, String> tops) {
            this.persons = persons;
            this.groups = groups;
            this.parts = parts;
            this.before = before;
            this.contributionsBefore = contributions;
            this.topsBefore = tops;
        }

        /**
         * Applies the change the write made to the aggregate.
         *
         * @param tx the same transaction, after the write
         * @return {@code true} when the aggregate was updated in full; {@code false} when the write reached units the
         *         first half did not see, or changed which company a lab rolls up to: what it could not update is then
         *         marked stale, and {@link #rebuildStale} must run after the commit
         */
        public boolean afterWrite(Transaction tx) {
            if (persons.isEmpty() && groups.isEmpty() && parts.isEmpty()) {
                return true;
            }
            boolean complete = true;
            if (!tops(tx, parts).equals(topsBefore)) {
                LOG.info("A write moved a lab under another company; the rolled-up talent flow will be rebuilt");
                tx.run(MARK_ROLLED_UP_STALE);
                complete = false;
            }
            if (persons.isEmpty() && groups.isEmpty()) {
                return complete;
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
                List<String> rolledKeys = tx.run(APPLY, Map.of("rows", rows)).get(0).strings("rolledKeys");
                tx.run(DELETE_EMPTY, Map.of("keys", rows.stream().map(r -> r.get("key")).toList(), "rolledKeys", rolledKeys));
            }
            return complete;
        }
    }

    private static final String MARK_ROLLED_UP_STALE = "MERGE (s:TalentGraphSchema {id: 'schema'}) SET s.flowRolledUpStale = true";

    private static Map<String, String> tops(Transaction tx, List<String> parts) {
        if (parts.isEmpty()) {
            return Map.of();
        }
        Map<String, String> tops = new HashMap<>();
        tx.run(TOPS, Map.of("parts", parts)).forEach(r -> tops.put(r.string("id"), r.string("top")));
        return tops;
    }

    private static final String MARK_STALE = "MERGE (s:TalentGraphSchema {id: 'schema'}) SET s.flowStale = true";

    /**
     * Marks the aggregate stale, so that readers compute the flow from the base graph until {@link #rebuild}.
     * Bulk loads that rewrite much of the graph do this instead of updating the aggregate batch by batch.
     *
     * @param database the database
     */
    public static void markStale(Database database) {
        database.write(tx -> {
            markStale(tx);
            return null;
        });
    }

    /**
     * Marks the aggregate stale inside a writing transaction, for a write whose effect on the flow is not worth
     * computing piece by piece (a merge of two organizations); {@link #rebuildStale} must run after the commit.
     *
     * @param tx the writing transaction
     */
    public static void markStale(Transaction tx) {
        tx.run(MARK_STALE);
    }

    /**
     * @param tx     a transaction
     * @param rollUp whether the rolled-up rows are wanted
     * @return whether the aggregate is there and correct: the schema holds it and no load left it stale
     */
    public static boolean isUsable(Transaction tx, boolean rollUp) {
        List<Row> rows = tx.run("""
                OPTIONAL MATCH (s:TalentGraphSchema {id: 'schema'})
                RETURN coalesce(s.version, 0) >= $version AND NOT coalesce(s.flowStale, false)
                       AND NOT ($rollUp AND coalesce(s.flowRolledUpStale, false)) AS usable
                """, Map.of("version", GraphSchema.AGGREGATE_VERSION, "rollUp", rollUp));
        return Boolean.TRUE.equals(rows.get(0).bool("usable"));
    }

    /**
     * Recomputes the whole aggregate, rows and rolled-up rows, from the graph and marks it fresh. Takes about as long
     * as one talent-flow query over the whole graph without the aggregate.
     *
     * @param database the database
     */
    public static void rebuild(Database database) {
        long started = System.nanoTime();
        database.runAutoCommit(CLEAR, Map.of());
        database.runAutoCommit(BUILD, Map.of());
        database.runAutoCommit(CLEAR_ROLLED_UP, Map.of());
        database.runAutoCommit(BUILD_ROLLED_UP, Map.of());
        database.write(tx -> tx.run(MARK_FRESH));
        LOG.info("Rebuilt the talent flow aggregate in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Rebuilds what loads left stale: everything, or only the rolled-up rows when a lab moved under another company.
     *
     * @param database the database
     */
    public static void rebuildStale(Database database) {
        Row flags = database.read(tx -> tx.run("""
                OPTIONAL MATCH (s:TalentGraphSchema {id: 'schema'})
                RETURN coalesce(s.flowStale, false) AS all, coalesce(s.flowRolledUpStale, false) AS rolledUp""")).get(0);
        if (Boolean.TRUE.equals(flags.bool("all"))) {
            rebuild(database);
        } else if (Boolean.TRUE.equals(flags.bool("rolledUp"))) {
            long started = System.nanoTime();
            database.runAutoCommit(CLEAR_ROLLED_UP, Map.of());
            database.runAutoCommit(BUILD_ROLLED_UP, Map.of());
            database.write(tx -> tx.run(MARK_FRESH));
            LOG.info("Rebuilt the rolled-up talent flow in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
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
     * The Cypher of {@link #key}: what readers order and page the flow by, the same text the aggregate's unique
     * {@code key} holds.
     *
     * @param from            a Cypher expression of the origin's id, {@code null} for an unnamed origin
     * @param fromDescription a Cypher expression of the description of an unnamed origin
     * @param to              a Cypher expression of the destination's id
     * @return a Cypher expression of the row's key
     */
    public static String keyExpression(String from, String fromDescription, String to) {
        return KEY.formatted(from, fromDescription, to);
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
