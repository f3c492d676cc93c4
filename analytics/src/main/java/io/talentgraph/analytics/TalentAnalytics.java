package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.Flow;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.schema.TalentFlowAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Analytics over the talent graph. Flows, balances and hires per month are plain Cypher built on
 * {@link TalentQueries#COUNTED_HIRES} ({@code TalentFlowAggregate.REPORTED_UNITS}, which a cut by source narrows),
 * so they count people exactly as {@link TalentQueries#flow}
 * does, and they work on any Neo4j. {@link #network()} runs Neo4j Graph Data Science through its Cypher
 * procedures and needs GDS in the database (an embedded store opened by the server module's
 * {@code GraphDataScience} has it); without it, it throws {@link GdsUnavailableException}.
 *
 * <p>Every call runs in one read transaction, so it works on the embedded store, a server and a cluster.
 */
public final class TalentAnalytics {

    private static final Logger LOG = LoggerFactory.getLogger(TalentAnalytics.class);

    private final Database db;

    /** @param db the database to analyse */
    public TalentAnalytics(Database db) {
        this.db = db;
    }

    // ---- Cypher: flows over a time window ---------------------------------------------------------

    /** Where {@link #HIRES_IN_WINDOW} takes its units; {@link #units} fills it in before a query runs. */
    private static final String UNITS = "/* units */";

    /**
     * @param query   a query built on {@link #HIRES_IN_WINDOW}
     * @param sources the source ids a cut counts, or {@code null} for every hire
     * @return the query with the units it needs: every unit, or those the sources reported
     */
    static String units(String query, List<String> sources) {
        return query.replace(UNITS, sources == null ? TalentFlowAggregate.UNITS_IN_YEARS : TalentFlowAggregate.REPORTED_UNITS);
    }

    /**
     * The counted hires inside {@code [$from, $to]}, labs rolled up to their company when {@code $rollUp}, reported
     * by one of {@code $sources} (source ids; {@code null} for every hire).
     * Columns: {@code src}, {@code dst}, {@code fromDescription}, {@code named}, {@code unnamed},
     * {@code people}, {@code date}, {@code datePrecision}.
     */
    static final String HIRES_IN_WINDOW = "CALL {\n" + UNITS + """
            }
            WITH src, dst, fromDescription, named, unnamed, named + unnamed AS people, date, datePrecision,
                 CASE WHEN date IS NULL THEN null ELSE date(date) END AS earliest
            WITH *, CASE datePrecision WHEN 'year' THEN earliest + duration('P1Y') - duration('P1D')
                                       WHEN 'month' THEN earliest + duration('P1M') - duration('P1D')
                                       ELSE earliest END AS latest
            WHERE ($from IS NULL AND $to IS NULL)
               OR (earliest IS NOT NULL AND ($from IS NULL OR earliest >= date($from))
                   AND ($to IS NULL OR latest <= date($to)))
            WITH CASE WHEN $rollUp AND src IS NOT NULL
                      THEN head([(src)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                      ELSE src END AS src,
                 CASE WHEN $rollUp
                      THEN head([(dst)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                      ELSE dst END AS dst,
                 fromDescription, named, unnamed, people, date, datePrecision
            """;

    /** What each organization gained and lost, named and counted apart, from rows {@code org, named, unnamed, in}. */
    private static final String SIDES = """
            WITH side WHERE side.org IS NOT NULL
            WITH side.org AS id,
                 sum(CASE WHEN side.in THEN side.named ELSE 0 END) AS namedIn,
                 sum(CASE WHEN side.in THEN side.unnamed ELSE 0 END) AS countedIn,
                 sum(CASE WHEN side.in THEN 0 ELSE side.named END) AS namedOut,
                 sum(CASE WHEN side.in THEN 0 ELSE side.unnamed END) AS countedOut
            MATCH (org:Organization {id: id})
            RETURN %s AS org, namedIn, countedIn, namedOut, countedOut
            ORDER BY namedIn + countedIn - namedOut - countedOut DESC, org.name
            """.formatted(Entities.project("org"));

    /** Inflow and outflow of every organization in the window, each hire once on each side. */
    static final String INFLOW_OUTFLOW = HIRES_IN_WINDOW + """
            UNWIND [{org: dst.id, named: named, unnamed: unnamed, in: true},
                    {org: src.id, named: named, unnamed: unnamed, in: false}] AS side
            """ + SIDES;

    /**
     * {@link #INFLOW_OUTFLOW} for all time, from the talent-flow aggregate's rows ({@code %s} is their label): each
     * row is the sum of the units {@link #HIRES_IN_WINDOW} adds up, so the answer is the same, read from the rows of
     * the aggregate instead of every hire.
     */
    static final String INFLOW_OUTFLOW_AGGREGATED = """
            MATCH (f:%s)
            UNWIND [{org: f.to, named: f.named, unnamed: f.unnamed, in: true},
                    {org: f.from, named: f.named, unnamed: f.unnamed, in: false}] AS side
            """ + SIDES.replace("%", "%%");

    static final String FLOWS = HIRES_IN_WINDOW + """
            WITH src, dst, fromDescription, sum(named) AS named, sum(unnamed) AS unnamed, sum(people) AS people
            RETURN CASE WHEN src IS NULL THEN null ELSE %s END AS src, fromDescription, %s AS dst, named, unnamed, people
            ORDER BY people DESC, src.name, fromDescription, dst.name
            """.formatted(Entities.project("src"), Entities.project("dst"));

    static final String MONTHLY = HIRES_IN_WINDOW + """
            WITH dst, CASE WHEN datePrecision IN ['month', 'day'] THEN substring(date, 0, 7) END AS month, people
            WITH dst, month, sum(people) AS hires
            RETURN month, %s AS hiredBy, hires
            ORDER BY month IS NULL, month, hires DESC, dst.name
            """.formatted(Entities.project("dst"));

    /**
     * @return the label of the aggregate rows that answer the question, when it is about all time, not cut by source
     *         (the aggregate holds no sources) and the aggregate is usable; otherwise empty, and the caller adds up
     *         the hires themselves
     */
    static Optional<String> aggregateFor(Transaction tx, TimeWindow window, boolean rollUp, List<String> sources) {
        if (sources != null || !window.isAll() || !TalentFlowAggregate.isUsable(tx, rollUp)) {
            return Optional.empty();
        }
        return Optional.of((rollUp ? NodeLabel.TALENT_FLOW_ROLLED_UP : NodeLabel.TALENT_FLOW).cypherName());
    }

    /**
     * Net talent flow per organization: who gained and who lost people in the window.
     *
     * @param window the days to count; {@link TimeWindow#all()} for every hire, dated or not
     * @param rollUp count labs under their parent company (Google DeepMind as Google)
     * @return one balance per organization that hired or lost anyone, biggest net gainer first
     */
    public List<FlowBalance> netFlow(TimeWindow window, boolean rollUp) {
        return inflowOutflow(db, window, rollUp, null).stream()
                .map(f -> new FlowBalance(f.organization(), f.inflow(), f.outflow()))
                .toList();
    }

    /** The inflow and outflow of every organization; {@code sources} cuts to hires they report (null for all). */
    static List<OrganizationFlow> inflowOutflow(Database db, TimeWindow window, boolean rollUp, List<String> sources) {
        return db.read(tx -> aggregateFor(tx, window, rollUp, sources)
                .map(label -> tx.run(INFLOW_OUTFLOW_AGGREGATED.formatted(label), Map.of()))
                .orElseGet(() -> tx.run(units(INFLOW_OUTFLOW, sources), params(window, rollUp, sources)))).stream()
                .map(r -> new OrganizationFlow(Entities.of(r.get("org")), r.longValue("namedIn"), r.longValue("countedIn"),
                        r.longValue("namedOut"), r.longValue("countedOut")))
                .toList();
    }

    /**
     * Who lost the most to whom: people moved between each pair of organizations in the window.
     *
     * @param window the days to count
     * @param rollUp count labs under their parent company
     * @return one row per origin and destination, largest first, counted as {@link TalentQueries#flow}
     *         counts them (named and unnamed)
     */
    public List<Flow> flows(TimeWindow window, boolean rollUp) {
        return db.read(tx -> tx.run(units(FLOWS, null), params(window, rollUp))).stream()
                .map(r -> new Flow(Entities.of(r.get("src")), r.string("fromDescription"), Entities.of(r.get("dst")),
                        r.longValue("people"), r.longValue("named"), r.longValue("unnamed")))
                .toList();
    }

    /**
     * Hires per month and hiring organization.
     *
     * @param window the days to count
     * @param rollUp count labs under their parent company
     * @return rows by month, oldest first, then hires the sources give no month for
     */
    public List<MonthlyHires> hiresPerMonth(TimeWindow window, boolean rollUp) {
        return db.read(tx -> tx.run(units(MONTHLY, null), params(window, rollUp))).stream()
                .map(r -> new MonthlyHires(r.string("month") == null ? null : YearMonth.parse(r.string("month")),
                        Entities.of(r.get("hiredBy")), r.longValue("hires")))
                .toList();
    }

    static Map<String, Object> params(TimeWindow window, boolean rollUp) {
        return params(window, rollUp, null);
    }

    static Map<String, Object> params(TimeWindow window, boolean rollUp, List<String> sources) {
        Map<String, Object> params = new HashMap<>();
        params.put("sources", sources);
        // the units' first, textual cut by year; the window's exact bounds are applied after it
        params.put("firstYear", window.from() == null ? null : "%04d".formatted(window.from().getYear()));
        params.put("yearAfter", window.to() == null ? null : "%04d".formatted(window.to().getYear() + 1));
        params.put("from", window.from() == null ? null : window.from().toString());
        params.put("to", window.to() == null ? null : window.to().toString());
        params.put("rollUp", rollUp);
        // The window bounds the hires here; the shared counting query's own as-of cut is not used.
        params.put("asOf", null);
        return params;
    }

    // ---- Graph Data Science: the hiring network ---------------------------------------------------

    /** The hiring network, projected into GDS's catalog under {@code $graph}; see {@link #network()}. */
    static final String PROJECT_NETWORK = """
            CALL {
              MATCH (s)-[:HIRED_FROM|WORKS_AT|LEADS|PART_OF|INVESTED_IN|PARTNERS_WITH|SIBLING_OF]->(t)
              WHERE (s:Person OR s:Organization) AND (t:Person OR t:Organization)
              RETURN s, t, 1.0 AS weight
              UNION ALL
              MATCH (g:HiringGroup)-[:HIRED_BY|HIRED_FROM]->(o:Organization)
              WHERE NOT EXISTS { (:HiringGroup)-[:INCLUDES]->(g) }
              WITH g, o, g.count - COUNT { (g)-[:INCLUDES*1..]->(:Person) } AS unnamed
              WHERE unnamed > 0
              RETURN g AS s, o AS t, toFloat(unnamed) AS weight
            }
            WITH CASE WHEN elementId(s) < elementId(t) THEN s ELSE t END AS a,
                 CASE WHEN elementId(s) < elementId(t) THEN t ELSE s END AS b, weight
            WITH a, b, sum(weight) AS weight
            WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: weight}},
                                   {undirectedRelationshipTypes: ['*']}) AS g
            RETURN g.nodeCount AS nodes, g.relationshipCount / 2 AS ties
            """;

    static final String PAGE_RANK = """
            CALL gds.pageRank.stream($graph, {relationshipWeightProperty: 'weight', dampingFactor: 0.85,
                                              maxIterations: 100, tolerance: 1.0E-9, concurrency: 1})
            YIELD nodeId, score
            WITH gds.util.asNode(nodeId) AS n, score
            RETURN %s AS entity, score ORDER BY score DESC, n.name
            """.formatted(Entities.project("n"));

    static final String BETWEENNESS = """
            CALL gds.betweenness.stream($graph, {concurrency: 1})
            YIELD nodeId, score
            WITH gds.util.asNode(nodeId) AS n, score
            RETURN %s AS entity, score ORDER BY score DESC, n.name
            """.formatted(Entities.project("n"));

    static final String COMMUNITIES = """
            CALL gds.leiden.stream($graph, {relationshipWeightProperty: 'weight', randomSeed: 42, concurrency: 1})
            YIELD nodeId, communityId
            WITH communityId, gds.util.asNode(nodeId) AS n
            ORDER BY CASE WHEN n:Organization THEN 0 WHEN n:Person THEN 1 ELSE 2 END, n.name
            WITH communityId, collect(%s) AS members
            RETURN members ORDER BY size(members) DESC, members[0].name
            """.formatted(Entities.project("n"));

    static final String SIMILAR = """
            CALL gds.nodeSimilarity.stream($graph, {topK: 5, similarityCutoff: 0.1, concurrency: 1})
            YIELD node1, node2, similarity
            WITH gds.util.asNode(node1) AS a, gds.util.asNode(node2) AS b, similarity
            WHERE a:Person AND b:Person
            RETURN %s AS a, %s AS b, similarity ORDER BY similarity DESC, a.name, b.name
            """.formatted(Entities.project("a"), Entities.project("b"));

    static final String DROP = "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName";

    /**
     * @return the GDS version installed in the database, or empty when GDS is not there
     */
    public Optional<String> gdsVersion() {
        try {
            return Optional.ofNullable(db.read(tx -> tx.run("RETURN gds.version() AS version")).get(0).string("version"));
        } catch (QueryFailedException e) {
            if (String.valueOf(e.getMessage()).contains("gds.version")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Centrality, communities and similarity of the hiring network, computed by Graph Data Science on an
     * in-memory projection that is dropped again before this returns.
     *
     * <p>The hiring network as GDS sees it: people and organizations tied by hires (the organization left
     * and the one joined), leadership, partnership, family, investment and labs inside companies; all ties
     * weigh 1. A counted group with unnamed members is one node standing for them, tied to its hirer and
     * origin with a weight equal to the number of people it adds beyond its named members (eleven
     * researchers, two of them named: weight 9), so that weighted PageRank and Leiden feel unnamed hires
     * as strongly as named ones without inventing people. Groups inside a larger group add nobody. Ties
     * are undirected, and parallel ties between the same two nodes add up into one. Failed recruitment
     * attempts, claims, products and sources are not ties. {@code notebooks/talent-flow.ipynb} rebuilds the
     * same network from an export to compare NetworkX's PageRank with GDS's.
     *
     * @return the analysis; empty lists for a graph without ties
     * @throws GdsUnavailableException when the database has no GDS
     */
    public NetworkAnalysis network() {
        String version = gdsVersion().orElseThrow(() -> new GdsUnavailableException(db.describe()));
        long started = System.nanoTime();
        NetworkAnalysis analysis = db.read(tx -> {
            // A fresh name per attempt: a retried transaction must not find the last attempt's graph.
            Map<String, Object> graph = Map.of("graph", "talentgraph-network-" + UUID.randomUUID());
            Row size = tx.run(PROJECT_NETWORK, graph).get(0);
            Long nodes = size.longValue("nodes");
            if (nodes == null || nodes == 0) {
                return new NetworkAnalysis(version, 0, 0, List.of(), List.of(), List.of(), List.of());
            }
            try {
                return new NetworkAnalysis(version, nodes, size.longValue("ties"),
                        ranked(tx.run(PAGE_RANK, graph)), ranked(tx.run(BETWEENNESS, graph)),
                        communities(tx.run(COMMUNITIES, graph)), similar(tx.run(SIMILAR, graph)));
            } finally {
                drop(tx, graph);
            }
        });
        LOG.debug("Analysed the hiring network ({} nodes) with GDS {} in {} ms", analysis.nodes(), version,
                (System.nanoTime() - started) / 1_000_000);
        return analysis;
    }

    private static void drop(Transaction tx, Map<String, Object> graph) {
        try {
            tx.run(DROP, graph);
        } catch (RuntimeException e) {
            LOG.warn("Could not drop the in-memory graph {}: {}", graph.get("graph"), e.getMessage());
        }
    }

    private static List<Centrality> ranked(List<Row> rows) {
        List<Centrality> out = new ArrayList<>(rows.size());
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < rows.size(); i++) {
            double score = ((Number) rows.get(i).get("score")).doubleValue();
            if (Double.isNaN(previous) || Math.abs(score - previous) > 1e-9 * Math.max(1, Math.abs(score))) {
                rank = i + 1;
            }
            previous = score;
            out.add(new Centrality(rank, Entities.of(rows.get(i).get("entity")), score));
        }
        return out;
    }

    private static List<Community> communities(List<Row> rows) {
        List<Community> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Community(out.size() + 1, r.maps("members").stream().map(Entities::of).toList()));
        }
        return out;
    }

    /** GDS reports each pair in both directions; keep each once. */
    private static List<SimilarPair> similar(List<Row> rows) {
        Map<String, SimilarPair> pairs = new LinkedHashMap<>();
        for (Row r : rows) {
            EntityRef a = Entities.of(r.get("a"));
            EntityRef b = Entities.of(r.get("b"));
            String key = a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
            pairs.putIfAbsent(key, a.id().compareTo(b.id()) < 0
                    ? new SimilarPair(a, b, ((Number) r.get("similarity")).doubleValue())
                    : new SimilarPair(b, a, ((Number) r.get("similarity")).doubleValue()));
        }
        return List.copyOf(pairs.values());
    }
}
