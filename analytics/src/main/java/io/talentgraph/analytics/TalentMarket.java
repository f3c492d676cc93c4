package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.query.EntityRef;
import io.talentgraph.schema.TalentFlowAggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Talent-market measures over a time window, in Cypher alone (no GDS): which way people move between two
 * organizations, lift-outs of several people at once, and people who come back. A hire counts in a window when its
 * date, at the precision the source gives (day, month or year), lies wholly inside it; undated hires count only in
 * {@link TimeWindow#all()}.
 */
public final class TalentMarket {

    /** The earliest and latest day a dated hire {@code h} may have happened on, from its precision. */
    private static final String SPAN = """
            CASE WHEN %1$s.date IS NULL THEN null ELSE date(%1$s.date) END AS %1$sEarliest,
            CASE %1$s.datePrecision WHEN 'year' THEN date(%1$s.date) + duration('P1Y') - duration('P1D')
                                    WHEN 'month' THEN date(%1$s.date) + duration('P1M') - duration('P1D')
                                    ELSE CASE WHEN %1$s.date IS NULL THEN null ELSE date(%1$s.date) END END AS %1$sLatest""";

    private static final String IN_WINDOW = """
            (($from IS NULL AND $to IS NULL)
             OR (%1$sEarliest IS NOT NULL AND ($from IS NULL OR %1$sEarliest >= date($from))
                 AND ($to IS NULL OR %1$sLatest <= date($to))))""";

    static final String DIRECTION = TalentAnalytics.HIRES_IN_WINDOW + """
            WITH src, dst, named, unnamed, people
            WHERE src IS NOT NULL AND src.id IN [$a, $b] AND dst.id IN [$a, $b] AND src.id <> dst.id
            RETURN src.id AS from, sum(people) AS people, sum(named) AS named
            """;

    /** {@link #DIRECTION} for all time, from the aggregate rows ({@code %s} is their label) of the two moves. */
    static final String DIRECTION_AGGREGATED = """
            MATCH (f:%s) WHERE f.key IN $keys
            RETURN f.from AS from, f.count AS people, f.named AS named
            """;

    static final String ORGANIZATIONS = """
            UNWIND [$a, $b] AS id
            MATCH (o:Organization {id: id})
            RETURN o.id AS id, %s AS org""".formatted(EntityRef.project("o"));

    static final String TEAM_MOVES = """
            MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
            MATCH (dst:Organization {id: h.hiredBy})
            WITH p, src, dst, %s
            WHERE %s
            WITH DISTINCT src, dst, p ORDER BY p.name
            WITH src, dst, collect(p.name) AS members
            WHERE size(members) >= $minimum
            RETURN @src@ AS src,
                   @dst@ AS dst,
                   members
            ORDER BY size(members) DESC, src.name, dst.name
            """.formatted(SPAN.formatted("h"), IN_WINDOW.formatted("h"))
            .replace("@src@", EntityRef.project("src")).replace("@dst@", EntityRef.project("dst"));

    static final String BOOMERANGS = """
            MATCH (p:Person)-[out:HIRED_FROM]->(o:Organization)
            MATCH (p)-[back:HIRED_FROM {hiredBy: o.id}]->(:Organization)
            MATCH (away:Organization {id: out.hiredBy})
            WITH p, o, away, out, back, %s, %s
            WHERE %s
            RETURN p.id AS personId, p.name AS person,
                   @o@ AS org,
                   @away@ AS away,
                   out.date AS leftOn, back.date AS returnedOn,
                   CASE WHEN outLatest IS NULL OR backEarliest IS NULL THEN 'unknown'
                        WHEN outLatest < backEarliest THEN 'after'
                        WHEN backLatest < outEarliest THEN 'before'
                        ELSE 'unknown' END AS order
            ORDER BY p.name, o.name
            """.formatted(SPAN.formatted("out"), SPAN.formatted("back"), IN_WINDOW.formatted("back"))
            .replace("@o@", EntityRef.project("o")).replace("@away@", EntityRef.project("away"));

    private final Database db;

    /** @param db where the graph is */
    public TalentMarket(Database db) {
        this.db = db;
    }

    /**
     * Which way people moved between two organizations.
     *
     * @param from   an organization id
     * @param to     another organization id
     * @param window the days to count
     * @param rollUp count labs under their company (then give company ids)
     * @return the counts both ways, each person once
     * @throws IllegalArgumentException when an id names no organization
     */
    public DirectionRatio direction(String from, String to, TimeWindow window, boolean rollUp) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, Object> params = new HashMap<>(TalentAnalytics.params(window, rollUp));
        params.put("a", from);
        params.put("b", to);
        return db.read(tx -> {
            Map<String, EntityRef> orgs = new HashMap<>();
            tx.run(ORGANIZATIONS, params).forEach(r -> orgs.put(r.string("id"), EntityRef.of(r.get("org"))));
            for (String id : List.of(from, to)) {
                if (!orgs.containsKey(id)) {
                    throw new IllegalArgumentException("No organization has the id '" + id + "'");
                }
            }
            long[] counts = new long[4];
            List<Row> rows = TalentAnalytics.aggregateFor(tx, window, rollUp)
                    .map(label -> tx.run(DIRECTION_AGGREGATED.formatted(label), Map.of("keys",
                            List.of(TalentFlowAggregate.key(from, null, to), TalentFlowAggregate.key(to, null, from)))))
                    .orElseGet(() -> tx.run(DIRECTION, params));
            for (Row r : rows) {
                int at = r.string("from").equals(from) ? 0 : 1;
                counts[at] += r.longValue("people");
                counts[at + 2] += r.longValue("named");
            }
            return new DirectionRatio(orgs.get(from), orgs.get(to), counts[0], counts[1], counts[2], counts[3]);
        });
    }

    /** Moves between two named organizations, each person once, as the talent flow counts them. */
    static final String ORGANIZATION_FLOWS = TalentAnalytics.HIRES_IN_WINDOW + """
            WITH src, dst, sum(people) AS people
            WHERE src IS NOT NULL AND src <> dst AND people > 0
            RETURN @src@ AS src, @dst@ AS dst, people
            ORDER BY src.id, dst.id
            """.replace("@src@", EntityRef.project("src")).replace("@dst@", EntityRef.project("dst"));

    /** {@link #ORGANIZATION_FLOWS} for all time, from the aggregate rows ({@code %1$s} is their label). */
    static final String ORGANIZATION_FLOWS_AGGREGATED = """
            MATCH (f:%1$s) WHERE f.from IS NOT NULL AND f.from <> f.to AND f.count > 0
            MATCH (src:Organization {id: f.from})
            MATCH (dst:Organization {id: f.to})
            RETURN %2$s AS src, %3$s AS dst, f.count AS people
            ORDER BY src.id, dst.id
            """.formatted("%1$s", EntityRef.project("src"), EntityRef.project("dst"));

    /**
     * Net importers of talent: SpringRank on the graph of moves between named organizations in the window, each move
     * an edge from the hirer above the origin weighted by the people who moved, with PageRank beside it. Moves from
     * origins the sources do not name are left out: they say nothing about which organization ranks above which.
     *
     * @param window the days to count
     * @param rollUp count labs under their company
     * @return every organization with a move in the window, highest SpringRank first
     */
    public List<ImporterRank> importers(TimeWindow window, boolean rollUp) {
        List<Row> flows = db.read(tx -> TalentAnalytics.aggregateFor(tx, window, rollUp)
                .map(label -> tx.run(ORGANIZATION_FLOWS_AGGREGATED.formatted(label), Map.of()))
                .orElseGet(() -> tx.run(ORGANIZATION_FLOWS, TalentAnalytics.params(window, rollUp))));
        Map<String, Integer> index = new HashMap<>();
        List<EntityRef> orgs = new ArrayList<>();
        List<SpringRank.Edge> edges = new ArrayList<>();
        for (Row r : flows) {
            int[] ends = new int[2];
            for (int i = 0; i < 2; i++) {
                EntityRef o = EntityRef.of(r.get(i == 0 ? "dst" : "src"));
                ends[i] = index.computeIfAbsent(o.id(), k -> {
                    orgs.add(o);
                    return orgs.size() - 1;
                });
            }
            edges.add(new SpringRank.Edge(ends[0], ends[1], r.longValue("people")));
        }
        double[] spring = SpringRank.ranks(orgs.size(), edges);
        double[] page = SpringRank.pageRank(orgs.size(), edges, 0.85);
        long[] inflow = new long[orgs.size()];
        long[] outflow = new long[orgs.size()];
        for (SpringRank.Edge e : edges) {
            inflow[e.higher()] += (long) e.weight();
            outflow[e.lower()] += (long) e.weight();
        }
        List<ImporterRank> out = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            out.add(new ImporterRank(orgs.get(i), round(spring[i]), round(page[i]), inflow[i], outflow[i]));
        }
        out.sort(java.util.Comparator.comparingDouble(ImporterRank::springRank).reversed()
                .thenComparing(r -> r.organization().name()));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    /** The jobs hires began at an organization, with the span the hire's date allows and how the job ended. */
    static final String HIRED_JOBS = """
            MATCH (o:Organization {id: $org})
            OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(o) WHERE w.hiredBy IS NOT NULL
            WITH o, p, w, %s
            RETURN %s AS org, p.id AS person, toString(wEarliest) AS earliest, toString(wLatest) AS latest,
                   w.validTo AS validTo, coalesce(w.current, true) AS current
            """.formatted(SPAN.formatted("w"), EntityRef.project("o"));

    /** Ended jobs at an organization, with what is known of their start and end. */
    static final String ENDED_JOBS = """
            MATCH (o:Organization {id: $org})
            OPTIONAL MATCH (:Person)-[w:WORKS_AT]->(o) WHERE w.validTo IS NOT NULL OR w.current = false
            RETURN %s AS org, w IS NOT NULL AS job, w.validFrom AS validFrom, w.validTo AS validTo
            """.formatted(EntityRef.project("o"));

    /**
     * Retention: of the people an organization hired in the window, how many were still there {@code months} after
     * joining. A hire is checked at the last day its date allows plus the months; it stayed when its job there had
     * not ended by then.
     *
     * @param organization an organization id
     * @param hiredIn      when the hires happened; undated hires are counted as unknown whatever the window
     * @param months       how long after joining, at least 1
     * @param asOf         the day to read the graph as of; checks after it are too recent to answer
     * @return the counts, with the ones the answer cannot speak for
     * @throws IllegalArgumentException when the id names no organization or months is below 1
     */
    public Retention retention(String organization, TimeWindow hiredIn, int months, LocalDate asOf) {
        if (months < 1) {
            throw new IllegalArgumentException("Retention needs at least 1 month, not " + months);
        }
        List<Row> rows = db.read(tx -> tx.run(HIRED_JOBS, Map.of("org", organization)));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No organization has the id '" + organization + "'");
        }
        int stayed = 0;
        int left = 0;
        int unknown = 0;
        int tooRecent = 0;
        for (Row r : rows) {
            if (r.string("person") == null) {
                continue;
            }
            if (r.string("earliest") == null) {
                unknown++;
                continue;
            }
            LocalDate earliest = LocalDate.parse(r.string("earliest"));
            LocalDate latest = LocalDate.parse(r.string("latest"));
            if (!hiredIn.isAll() && ((hiredIn.from() != null && earliest.isBefore(hiredIn.from()))
                    || (hiredIn.to() != null && latest.isAfter(hiredIn.to())))) {
                continue;
            }
            LocalDate check = latest.plusMonths(months);
            if (check.isAfter(asOf)) {
                tooRecent++;
            } else if (r.string("validTo") != null) {
                if (LocalDate.parse(r.string("validTo")).isBefore(check)) {
                    left++;
                } else {
                    stayed++;
                }
            } else if (Boolean.TRUE.equals(r.bool("current"))) {
                stayed++;
            } else {
                unknown++;
            }
        }
        return new Retention(EntityRef.of(rows.get(0).get("org")), months, asOf, stayed, left, unknown, tooRecent);
    }

    /**
     * Tenure: how long the ended jobs at an organization lasted.
     *
     * @param organization an organization id
     * @return the lengths in whole months, and how many ended jobs lack a date
     * @throws IllegalArgumentException when the id names no organization
     */
    public Tenure tenure(String organization) {
        List<Row> rows = db.read(tx -> tx.run(ENDED_JOBS, Map.of("org", organization)));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No organization has the id '" + organization + "'");
        }
        List<Long> months = new ArrayList<>();
        int unknown = 0;
        for (Row r : rows) {
            if (!Boolean.TRUE.equals(r.bool("job"))) {
                continue;
            }
            if (r.string("validFrom") == null || r.string("validTo") == null) {
                unknown++;
            } else {
                months.add(java.time.temporal.ChronoUnit.MONTHS.between(LocalDate.parse(r.string("validFrom")),
                        LocalDate.parse(r.string("validTo"))));
            }
        }
        months.sort(null);
        return new Tenure(EntityRef.of(rows.get(0).get("org")), months, unknown);
    }

    /**
     * Lift-outs: at least {@code minimum} named people hired from one origin by one organization within the window.
     *
     * @param window  the days to look at; with {@link TimeWindow#all()}, every named hire, dated or not
     * @param minimum the smallest team, at least 2 (3 is the usual definition of a lift-out)
     * @return the teams, largest first
     */
    public List<TeamMove> teamMoves(TimeWindow window, int minimum) {
        if (minimum < 2) {
            throw new IllegalArgumentException("A team move needs at least 2 people, not " + minimum);
        }
        Map<String, Object> params = new HashMap<>(TalentAnalytics.params(window, false));
        params.put("minimum", minimum);
        return db.read(tx -> tx.run(TEAM_MOVES, params)).stream()
                .map(r -> new TeamMove(EntityRef.of(r.get("src")), EntityRef.of(r.get("dst")), r.strings("members")))
                .toList();
    }

    /**
     * People hired back by an organization that had lost them to another, the return inside the window.
     *
     * @param window the days the return falls in
     * @return the returns whose dates show the order, and how many candidate pairs the dates cannot order
     */
    public Boomerangs boomerangs(TimeWindow window) {
        List<Boomerangs.Return> returns = new ArrayList<>();
        int unknown = 0;
        for (Row r : db.read(tx -> tx.run(BOOMERANGS, TalentAnalytics.params(window, false)))) {
            switch (r.string("order")) {
                case "after" -> returns.add(new Boomerangs.Return(r.string("personId"), r.string("person"),
                        EntityRef.of(r.get("org")), EntityRef.of(r.get("away")), r.string("leftOn"), r.string("returnedOn")));
                case "unknown" -> unknown++;
                default -> { } // joined the organization first, left it later: not a return
            }
        }
        return new Boomerangs(returns, unknown);
    }
}
