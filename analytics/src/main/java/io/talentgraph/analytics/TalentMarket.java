package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.TalentQueries;
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
 *
 * <p>Organizations covered by more outlets look busier, so every measure can be cut by source:
 * {@link #reportedBy(String)} gives the same measures counted only over what a source or an outlet reported.
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
            RETURN o.id AS id, %s AS org""".formatted(Entities.project("o"));

    /** A hire reported by one of {@code $sources}, or any hire when it is null; {@code %s} is the relationship. */
    private static final String REPORTED = "($sources IS NULL OR any(s IN coalesce(%1$s.sources, []) WHERE s IN $sources))";

    /**
     * Named people hired from one origin by one hirer, grouped before the hirer is looked up, so that only the
     * groups large enough to be a team cost a lookup. {@code %s}: the window's clause on {@code h}, or nothing for
     * all time.
     */
    private static final String TEAM_MOVES_TEMPLATE = """
            MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
            WHERE @reported@
            %s
            WITH src, h.hiredBy AS hirer, collect(DISTINCT p) AS people
            WHERE size(people) >= $minimum
            MATCH (dst:Organization {id: hirer})
            UNWIND people AS p
            WITH src, dst, p ORDER BY p.name
            WITH src, dst, collect(p.name) AS members
            RETURN @src@ AS src,
                   @dst@ AS dst,
                   members
            ORDER BY size(members) DESC, src.name, dst.name
            """.replace("@reported@", REPORTED.formatted("h"))
            .replace("@src@", Entities.project("src")).replace("@dst@", Entities.project("dst"));

    static final String TEAM_MOVES = TEAM_MOVES_TEMPLATE.formatted(
            "WITH p, src, h, " + SPAN.formatted("h") + "\nWHERE " + IN_WINDOW.formatted("h"));

    static final String TEAM_MOVES_ALL_TIME = TEAM_MOVES_TEMPLATE.formatted("");

    /**
     * Returns first: a person with a hire back into an organization ({@code back}) and a move out of it ({@code out},
     * from it to {@code away}); the pair is a return when the move out came first. Most people have one hire, so
     * starting from the return and expanding the same person's other hires stays close to one pass over the hires.
     */
    static final String BOOMERANGS = """
            MATCH (p:Person)-[back:HIRED_FROM]->(:Organization)
            WHERE @reported@
            MATCH (p)-[out:HIRED_FROM]->(o:Organization)
            WHERE o.id = back.hiredBy AND out <> back
            WITH p, o, out, back, %s, %s
            WHERE %s
            WITH p, o, out, back,
                 CASE WHEN outLatest IS NULL OR backEarliest IS NULL THEN 'unknown'
                      WHEN outLatest < backEarliest THEN 'after'
                      WHEN backLatest < outEarliest THEN 'before'
                      ELSE 'unknown' END AS order
            // most pairs are a job taken and later left ('before') or undated ('unknown', only counted): neither is
            // looked up, sorted or sent
            WITH count(CASE order WHEN 'unknown' THEN 1 END) AS unknown,
                 collect(CASE order WHEN 'after' THEN {p: p, o: o, out: out, back: back} END) AS returns
            UNWIND CASE WHEN returns = [] THEN [null] ELSE returns END AS r
            WITH unknown, r.p AS p, r.o AS o, r.out AS out, r.back AS back
            OPTIONAL MATCH (away:Organization {id: out.hiredBy})
            RETURN unknown, p.id AS personId, p.name AS person,
                   CASE WHEN o IS NULL THEN null ELSE @o@ END AS org,
                   CASE WHEN away IS NULL THEN null ELSE @away@ END AS away,
                   out.date AS leftOn, back.date AS returnedOn
            ORDER BY p.name, o.name
            """.formatted(SPAN.formatted("out"), SPAN.formatted("back"), IN_WINDOW.formatted("back"))
            .replace("@reported@", REPORTED.formatted("back"))
            .replace("@o@", Entities.project("o")).replace("@away@", Entities.project("away"));

    private final Database db;
    /** The ids of the sources whose reports count, or {@code null} for every fact. */
    private final List<String> sources;

    /** @param db where the graph is */
    public TalentMarket(Database db) {
        this(db, null);
    }

    private TalentMarket(Database db, List<String> sources) {
        this.db = db;
        this.sources = sources == null ? null : List.copyOf(sources);
    }

    /**
     * The same measures, counted only over the facts a source or an outlet reported: a move counts when any report
     * of it cites one of the sources; a job (retention, tenure) when its fact does.
     *
     * @param sourceOrOutlet a source id, or an outlet's name (Bloomberg, TechCrunch...), in English or Arabic
     * @return measures cut to what it reported
     * @throws io.talentgraph.query.NotFoundException when no source matches
     */
    public TalentMarket reportedBy(String sourceOrOutlet) {
        return new TalentMarket(db, new TalentQueries(db).sourcesMatching(sourceOrOutlet));
    }

    /** @return the ids of the sources this cut counts, or empty for every fact */
    public List<String> sources() {
        return sources == null ? List.of() : sources;
    }

    private Map<String, Object> params(TimeWindow window, boolean rollUp) {
        return TalentAnalytics.params(window, rollUp, sources);
    }

    /**
     * Inflow and outflow of every organization that hired or lost anyone in the window, named and counted hires
     * apart, each person once per move (as the talent flow counts them).
     *
     * @param window the days to count; {@link TimeWindow#all()} for every hire, dated or not
     * @param rollUp count labs under their company
     * @return one row per organization, biggest net gainer first
     */
    public List<OrganizationFlow> flows(TimeWindow window, boolean rollUp) {
        return TalentAnalytics.inflowOutflow(db, window, rollUp, sources);
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
        Map<String, Object> params = params(window, rollUp);
        params.put("a", from);
        params.put("b", to);
        return db.read(tx -> {
            Map<String, EntityRef> orgs = new HashMap<>();
            tx.run(ORGANIZATIONS, params).forEach(r -> orgs.put(r.string("id"), Entities.of(r.get("org"))));
            for (String id : List.of(from, to)) {
                if (!orgs.containsKey(id)) {
                    throw new IllegalArgumentException("No organization has the id '" + id + "'");
                }
            }
            long[] counts = new long[4];
            List<Row> rows = TalentAnalytics.aggregateFor(tx, window, rollUp, sources)
                    .map(label -> tx.run(DIRECTION_AGGREGATED.formatted(label), Map.of("keys",
                            List.of(TalentFlowAggregate.key(from, null, to), TalentFlowAggregate.key(to, null, from)))))
                    .orElseGet(() -> tx.run(TalentAnalytics.units(DIRECTION, sources), params));
            for (Row r : rows) {
                int at = r.string("from").equals(from) ? 0 : 1;
                counts[at] += r.longValue("people");
                counts[at + 2] += r.longValue("named");
            }
            return new DirectionRatio(orgs.get(from), orgs.get(to), counts[0], counts[1], counts[2], counts[3]);
        });
    }

    /**
     * Moves between two named organizations, each person once, as the talent flow counts them: ids only, the
     * organizations are looked up once each ({@link #ORGANIZATIONS_BY_ID}), not once per pair.
     */
    static final String ORGANIZATION_FLOWS = TalentAnalytics.HIRES_IN_WINDOW + """
            WITH src, dst, sum(people) AS people
            WHERE src IS NOT NULL AND src <> dst AND people > 0
            RETURN src.id AS src, dst.id AS dst, people
            ORDER BY src, dst
            """;

    /** {@link #ORGANIZATION_FLOWS} for all time, from the aggregate rows ({@code %s} is their label). */
    static final String ORGANIZATION_FLOWS_AGGREGATED = """
            MATCH (f:%s) WHERE f.from IS NOT NULL AND f.from <> f.to AND f.count > 0
            RETURN f.from AS src, f.to AS dst, f.count AS people
            ORDER BY src, dst
            """;

    static final String ORGANIZATIONS_BY_ID = """
            UNWIND $ids AS id
            MATCH (o:Organization {id: id})
            RETURN o.id AS id, %s AS org""".formatted(Entities.project("o"));

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
        Map<String, Integer> index = new HashMap<>();
        List<SpringRank.Edge> edges = new ArrayList<>();
        // the pairs and their organizations from one transaction, so that every id has its organization
        List<EntityRef> orgs = db.read(tx -> {
            List<Row> flows = TalentAnalytics.aggregateFor(tx, window, rollUp, sources)
                    .map(label -> tx.run(ORGANIZATION_FLOWS_AGGREGATED.formatted(label), Map.of()))
                    .orElseGet(() -> tx.run(TalentAnalytics.units(ORGANIZATION_FLOWS, sources), params(window, rollUp)));
            List<String> ids = new ArrayList<>();
            for (Row r : flows) {
                int[] ends = new int[2];
                for (int i = 0; i < 2; i++) {
                    ends[i] = index.computeIfAbsent(r.string(i == 0 ? "dst" : "src"), id -> {
                        ids.add(id);
                        return ids.size() - 1;
                    });
                }
                edges.add(new SpringRank.Edge(ends[0], ends[1], r.longValue("people")));
            }
            Map<String, EntityRef> refs = new HashMap<>();
            tx.run(ORGANIZATIONS_BY_ID, Map.of("ids", ids)).forEach(r -> refs.put(r.string("id"), Entities.of(r.get("org"))));
            return ids.stream().map(refs::get).toList();
        });
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

    private Map<String, Object> withSources(Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("sources", sources);
        return all;
    }

    private static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    /** The jobs hires began at an organization, with the span the hire's date allows and how the job ended. */
    static final String HIRED_JOBS = """
            MATCH (o:Organization {id: $org})
            OPTIONAL MATCH (p:Person)-[w:WORKS_AT]->(o)
              WHERE w.hiredBy IS NOT NULL AND %s
            WITH o, p, w, %s
            RETURN %s AS org, p.id AS person, toString(wEarliest) AS earliest, toString(wLatest) AS latest,
                   w.validTo AS validTo, coalesce(w.current, true) AS current
            """.formatted(REPORTED.formatted("w"), SPAN.formatted("w"), Entities.project("o"));

    /** Ended jobs at an organization, with what is known of their start and end. */
    static final String ENDED_JOBS = """
            MATCH (o:Organization {id: $org})
            OPTIONAL MATCH (:Person)-[w:WORKS_AT]->(o)
              WHERE (w.validTo IS NOT NULL OR w.current = false)
                AND %s
            RETURN %s AS org, w IS NOT NULL AS job, w.validFrom AS validFrom, w.validTo AS validTo
            """.formatted(REPORTED.formatted("w"), Entities.project("o"));

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
        List<Row> rows = db.read(tx -> tx.run(HIRED_JOBS, withSources(Map.of("org", organization))));
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
        return new Retention(Entities.of(rows.get(0).get("org")), months, asOf, stayed, left, unknown, tooRecent);
    }

    /**
     * Tenure: how long the ended jobs at an organization lasted.
     *
     * @param organization an organization id
     * @return the lengths in whole months, and how many ended jobs lack a date
     * @throws IllegalArgumentException when the id names no organization
     */
    public Tenure tenure(String organization) {
        List<Row> rows = db.read(tx -> tx.run(ENDED_JOBS, withSources(Map.of("org", organization))));
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
        return new Tenure(Entities.of(rows.get(0).get("org")), months, unknown);
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
        Map<String, Object> params = params(window, false);
        params.put("minimum", minimum);
        return db.read(tx -> tx.run(window.isAll() ? TEAM_MOVES_ALL_TIME : TEAM_MOVES, params)).stream()
                .map(r -> new TeamMove(Entities.of(r.get("src")), Entities.of(r.get("dst")), r.strings("members")))
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
        List<Row> rows = db.read(tx -> tx.run(BOOMERANGS, params(window, false)));
        for (Row r : rows) {
            if (r.string("personId") != null && r.get("away") != null) {
                returns.add(new Boomerangs.Return(r.string("personId"), r.string("person"), Entities.of(r.get("org")),
                        Entities.of(r.get("away")), r.string("leftOn"), r.string("returnedOn")));
            }
        }
        // the count of pairs whose order is unknown rides on every row; an empty graph gives one row of nulls
        return new Boomerangs(returns, rows.isEmpty() ? 0 : Math.toIntExact(rows.get(0).longValue("unknown")));
    }

}
