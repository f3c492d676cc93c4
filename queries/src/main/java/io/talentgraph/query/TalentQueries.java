package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.GraphNode;
import io.talentgraph.connect.GraphPath;
import io.talentgraph.connect.GraphRelationship;
import io.talentgraph.connect.Row;
import io.talentgraph.model.AttemptOutcome;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The questions people ask of the talent graph, as typed Java methods over parameterized Cypher. Every
 * method runs in a read transaction through {@link Database#read}, so it works the same on the embedded
 * store, a single server and a cluster (where reads go to any member).
 *
 * <p>Methods that take an organization or a person accept its id, its English or Arabic name or an alias
 * (case-insensitive), or failing those the best full-text match, and throw {@link NotFoundException}
 * when nothing matches. The Cypher of each method can be pasted into Neo4j Browser as it is.
 */
@API(status = STABLE, since = "0.1.0")
public final class TalentQueries {

    private final Database db;

    /** @param db the database to ask */
    public TalentQueries(Database db) {
        this.db = db;
    }

    // ---- name resolution ------------------------------------------------------------------------

    /**
     * Exact matches of one label: by id through its uniqueness constraint, and by name, Arabic name or alias
     * among the full-text index's candidates for the same words, so that resolving a name stays an index lookup
     * however large the graph grows. {@code %1$s} is the label, taken from {@link NodeLabel}.
     */
    static final String FIND_EXACT = """
            CALL {
              MATCH (n:%1$s {id: $text}) RETURN n
              UNION
              CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n
              WITH n WHERE n:%1$s
                AND (toLower(n.name) = toLower($text) OR n.nameAr = $text
                     OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($text)))
              RETURN n
            }
            RETURN n.id AS id LIMIT 2
            """;

    /** {@link #FIND_EXACT} for text that has no word the full-text index could hold: only the id can match. */
    static final String FIND_BY_ID = "MATCH (n:%1$s {id: $text}) RETURN n.id AS id LIMIT 2";

    static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WHERE $label IS NULL OR $label IN labels(node)
            RETURN %s AS entity, score
            ORDER BY score DESC LIMIT $limit
            """.formatted(Entities.project("node"));

    /**
     * Full-text search over English and Arabic names and aliases of people, organizations and products.
     *
     * @param text  words to look for, in either script; Lucene syntax in it is treated as plain text
     * @param limit at most this many hits
     * @return the hits, best first
     */
    public List<SearchHit> search(String text, int limit) {
        return search(text, null, limit);
    }

    private List<SearchHit> search(String text, String label, int limit) {
        String query = luceneQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("index", GraphSchema.NAME_INDEX);
        params.put("query", query);
        params.put("label", label);
        params.put("limit", limit);
        return db.read(tx -> tx.run(SEARCH, params)).stream()
                .map(r -> new SearchHit(Entities.of(r.get("entity")), ((Number) r.get("score")).doubleValue()))
                .toList();
    }

    /** Each word quoted, so that user text is never Lucene syntax (not even AND, OR, *); all words must match. */
    static String luceneQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            // A word of punctuation alone analyzes to no term, and a phrase of no terms matches nothing.
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
        }
        return String.join(" AND ", terms);
    }

    /**
     * @param text  an id, name, Arabic name or alias of an organization
     * @return the organization's id
     * @throws NotFoundException when nothing matches
     */
    public String organizationId(String text) {
        return resolve(text, NodeLabel.ORGANIZATION, "organization");
    }

    /**
     * @param text an id, name, Arabic name or alias of a person
     * @return the person's id
     * @throws NotFoundException when nothing matches
     */
    public String personId(String text) {
        return resolve(text, NodeLabel.PERSON, "person");
    }

    private String resolve(String text, NodeLabel label, String noun) {
        if (text == null || text.isBlank()) {
            throw new NotFoundException("No " + noun + " given.");
        }
        String query = luceneQuery(text);
        String cypher = (query.isEmpty() ? FIND_BY_ID : FIND_EXACT).formatted(label.cypherName());
        Map<String, Object> params = Map.of("text", text.strip(), "index", GraphSchema.NAME_INDEX, "query", query);
        List<Row> exact = db.read(tx -> tx.run(cypher, params));
        if (exact.size() == 1) {
            return exact.get(0).string("id");
        }
        List<SearchHit> hits = search(text, label.cypherName(), 2);
        if (hits.isEmpty()) {
            throw new NotFoundException("No " + noun + " matches '" + text
                    + "'. Search the graph's names for it (TalentQueries.search) to see what the graph holds.");
        }
        return hits.get(0).entity().id();
    }

    // ---- hires ----------------------------------------------------------------------------------

    /** An organization and every organization inside it, by {@code PART_OF}. */
    static final String ORG_AND_PARTS = """
            MATCH (o:Organization {id: $org})
            OPTIONAL MATCH (part:Organization)-[:PART_OF*1..]->(o)
            WITH o, collect(DISTINCT part.id) AS parts
            RETURN [o.id] + parts AS ids
            """;

    /** The columns of a counted group ({@code g}), with its hirer, origin, enclosing group and named members. */
    private static final String GROUP_ROW = """
            MATCH (by:Organization {id: g.hiredBy})
            OPTIONAL MATCH (src:Organization {id: g.from})
            OPTIONAL MATCH (parent:HiringGroup)-[:INCLUDES]->(g)
            RETURN g.id AS id, g.count AS count, g.role AS role, %s AS by,
                   CASE WHEN src IS NULL THEN null ELSE %s END AS src, g.fromDescription AS fromDescription,
                   parent.id AS within,
                   [(g)-[:INCLUDES*1..]->(m:Person) | %s] AS members, properties(g) AS props
            """.formatted(Entities.project("by"), Entities.project("src"), Entities.project("m"));

    /**
     * One page of the named hires of {@code $byIds} (a hirer and the labs inside it), from {@code $fromIds} ({@code null}
     * for anywhere), up to {@code $asOf}, in fact-id order. Each hirer (the organization and each lab inside it) is read
     * by one seek of the {@code (hiredBy, factId)} index that starts after the cursor and stops at the page size, in
     * index order (hence {@code ORDER BY h.hiredBy, h.factId} inside, which the planner answers from the index without
     * sorting); the hirers' pages, at most {@code $limit} rows each, are then merged. The first page of an
     * organization with 185,000 hires reads a page per hirer, not 185,000 rows.
     */
    static final String NAMED_HIRES_PAGE = """
            UNWIND $byIds AS hirer
            CALL (hirer) {
              MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
              USING INDEX h:HIRED_FROM(hiredBy, factId)
              WHERE h.hiredBy = hirer AND h.factId > $after
                AND ($fromIds IS NULL OR src.id IN $fromIds)
                AND ($asOf IS NULL OR coalesce(h.validFrom, '') <= $asOf)
              RETURN p, h, src
              ORDER BY h.hiredBy, h.factId
              LIMIT $limit
            }
            WITH p, h, src ORDER BY h.factId LIMIT $limit
            MATCH (by:Organization {id: h.hiredBy})
            RETURN %s AS person, %s AS src, %s AS by, h.formerTitle AS formerTitle, h.when AS when,
                   properties(h) AS props, h.factId AS key
            ORDER BY key
            """.formatted(Entities.project("p"), Entities.project("src"), Entities.project("by"));

    /** One page of the counted groups of {@code $byIds}, in group-id order, read like {@link #NAMED_HIRES_PAGE} from the {@code (hiredBy, id)} index. */
    static final String GROUP_HIRES_PAGE = """
            UNWIND $byIds AS hirer
            CALL (hirer) {
              MATCH (g:HiringGroup)
              USING INDEX g:HiringGroup(hiredBy, id)
              WHERE g.hiredBy = hirer AND g.id > $after
                AND ($fromIds IS NULL OR g.from IN $fromIds)
                AND ($asOf IS NULL OR coalesce(g.validFrom, '') <= $asOf)
              RETURN g
              ORDER BY g.hiredBy, g.id
              LIMIT $limit
            }
            WITH g ORDER BY g.id LIMIT $limit
            """ + GROUP_ROW + """
            , g.id AS key
            ORDER BY key
            """;

    /**
     * One page of the named people an organization (or a lab inside it) hired, in a stable order: by the hire's fact
     * id ({@link Provenance#factId()}), which is unique. Reading page after page gives every hire once, even while
     * hires are added: those added behind the cursor appear in a new first read, those ahead of it on a later page.
     * The counted groups are a listing of their own, {@link #groupHires(HireQuery)}: a large organization has
     * thousands.
     *
     * <p>The first page costs about the same for an organization with 100 hires as for one with 185,000: each hirer's
     * hires are read from an index in key order, from the cursor on, and reading stops at the page size. A narrow
     * {@code from} or {@code asOf} reads on until a page is full.
     *
     * @param query who hired, from where, up to when, the page size and the cursor
     * @return the page of named hires, with the cursor to the next one
     * @throws NotFoundException        when an organization matches nothing
     * @throws IllegalArgumentException when the cursor continues another listing (counted groups)
     */
    public Page<Hire> hires(HireQuery query) {
        return page(query, PageCursor.HIRE, NAMED_HIRES_PAGE, r -> new Hire(Entities.of(r.get("person")),
                Entities.of(r.get("src")), Entities.of(r.get("by")), r.string("formerTitle"), r.string("when"),
                Provenance.of(r.map("props"))));
    }

    /**
     * One page of the counted groups an organization (or a lab inside it) hired, in a stable order: by group id.
     *
     * @param query who hired, from where, up to when, the page size and the cursor
     * @return the page of counted groups, with the cursor to the next one
     * @throws NotFoundException        when an organization matches nothing
     * @throws IllegalArgumentException when the cursor continues another listing (named hires)
     */
    public Page<GroupHire> groupHires(HireQuery query) {
        return page(query, PageCursor.GROUP, GROUP_HIRES_PAGE, TalentQueries::groupHire);
    }

    private <T> Page<T> page(HireQuery query, String kind, String cypher, Function<Row, T> item) {
        String after = PageCursor.decode(kind, query.after());
        Map<String, Object> params = new HashMap<>();
        params.put("byIds", List.copyOf(new LinkedHashSet<>(withParts(organizationId(query.organization())))));
        params.put("fromIds", query.from() == null ? null : withParts(organizationId(query.from())));
        params.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        params.put("after", after);
        // one more than the page: whether it comes tells whether a next page exists
        params.put("limit", query.first() + 1);
        List<Row> rows = db.read(tx -> tx.run(cypher, params));
        boolean more = rows.size() > query.first();
        List<Row> page = more ? rows.subList(0, query.first()) : rows;
        String next = more ? PageCursor.encode(kind, page.get(page.size() - 1).string("key")) : null;
        return new Page<>(page.stream().map(item).toList(), next);
    }

    private static GroupHire groupHire(Row r) {
        return new GroupHire(r.string("id"), r.longValue("count"), r.string("role"), Entities.of(r.get("by")),
                Entities.of(r.get("src")), r.string("fromDescription"), r.string("within"),
                r.maps("members").stream().map(Entities::of).toList(), Provenance.of(r.map("props")));
    }

    private List<String> withParts(String organizationId) {
        return db.read(tx -> tx.run(ORG_AND_PARTS, Map.of("org", organizationId))).get(0).strings("ids");
    }

    // ---- talent flow ----------------------------------------------------------------------------

    /**
     * The counted hires every talent-flow figure is built on, as the body of a Cypher {@code CALL { }}
     * subquery: one row per named hire or counted group, with columns {@code src} (the organization left,
     * {@code null} when the source names none), {@code dst} (the hirer), {@code fromDescription},
     * {@code named}, {@code unnamed}, {@code date} ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or
     * {@code null}) and {@code datePrecision} ({@code year}, {@code month}, {@code day} or {@code null}); it takes
     * {@code $asOf} (ISO text, or {@code null} for every hire).
     *
     * <p>Named hires count once each, unless a top-level group for the same origin and hirer already
     * counts them. Groups count their size, less named members whose own origin puts them on another
     * row. Groups inside a larger group are already counted by it. The pre-computed aggregate is kept with the
     * same units ({@link TalentFlowAggregate#COUNTED_UNITS}), and other modules (analytics) wrap this text, so
     * that every count of people agrees with {@link #flow}.
     */
    @API(status = INTERNAL, since = "0.1.0")
    public static final String COUNTED_HIRES = TalentFlowAggregate.COUNTED_UNITS;

    /**
     * {@link #FLOW_TOTALS} from the filter on, to follow a {@code WITH} of its rows. The aggregate's rows are rolled up
     * already, so the statement that reads them starts here, without the roll-up's pattern comprehensions: in a fresh
     * JVM they cost the statement's planning about a third of its time, only to be skipped by {@code $rollUp} false.
     */
    private static final String FLOW_TOTALS_AFTER_ROLL_UP = """
            WHERE ($from IS NULL OR src.id = $from) AND ($to IS NULL OR dst.id = $to)
            WITH src, dst, fromDescription, sum(named) AS named, sum(unnamed) AS unnamed
            WITH src, dst, fromDescription, named, unnamed, named + unnamed AS count, @KEY@ AS key
            WHERE %1$s
            RETURN CASE WHEN src IS NULL THEN null ELSE @SRC@ END AS src, fromDescription, @DST@ AS dst,
                   count, named, unnamed, key
            ORDER BY %2$s
            LIMIT $limit
            """.replace("@KEY@", TalentFlowAggregate.keyExpression("src.id", "fromDescription", "dst.id"))
            .replace("@SRC@", Entities.project("src")).replace("@DST@", Entities.project("dst"));

    /**
     * What follows the units of the flow (rows {@code src, dst, fromDescription, named, unnamed}): roll labs up
     * to their company when asked, filter, add up per origin and destination, then keep the page: {@code %1$s} is the
     * condition that starts it after the cursor, {@code %2$s} the order ({@link #BY_KEY} or {@link #LARGEST_FIRST}).
     * Each row's {@code key} is the aggregate's ({@link TalentFlowAggregate#key}), unique per origin and destination.
     */
    static final String FLOW_TOTALS = """
            WITH CASE WHEN $rollUp AND src IS NOT NULL
                      THEN head([(src)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                      ELSE src END AS src,
                 CASE WHEN $rollUp
                      THEN head([(dst)-[:PART_OF*0..]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])
                      ELSE dst END AS dst,
                 fromDescription, named, unnamed
            """ + FLOW_TOTALS_AFTER_ROLL_UP;

    /** The page condition and order of flows in key order, as {@code %s} of {@link #FLOW_TOTALS}: after {@code $afterKey}. */
    static final String[] BY_KEY = {"key > $afterKey", "key"};

    /**
     * The page condition and order of flows largest first, ties in key order: after {@code $afterCount} and
     * {@code $afterKey}.
     */
    static final String[] LARGEST_FIRST = {"(count < $afterCount OR (count = $afterCount AND key > $afterKey))",
            "count DESC, key"};

    /**
     * The flow computed from the base graph, every hire and group visited: exact at any moment, but its cost
     * grows with the graph. Used when a date is given, and while the aggregate is not usable (a bulk load in
     * progress). {@code %1$s} and {@code %2$s} as in {@link #FLOW_TOTALS}.
     */
    static final String TALENT_FLOW = "CALL {\n" + COUNTED_HIRES.replace("%", "%%") + "}\n" + FLOW_TOTALS;

    /**
     * The flow read from the pre-computed aggregate: {@code %1$s} is its label, {@code TalentFlow} or, rolled up,
     * {@code TalentFlowRolledUp}; {@code %2$s} picks the aggregate rows of the page (by index: an origin, a
     * destination, a key or a count range, and the cursor) and {@code %3$s} orders them, so that only a page of rows
     * is read back; {@code %4$s} and {@code %5$s} are {@link #FLOW_TOTALS}'. Each aggregate row is the sum of the same
     * units {@link #TALENT_FLOW} adds up (rolled up, of the rows of the labs inside), so the totals are the same;
     * the rows being rolled up already, the statement has no roll-up of its own ({@code $rollUp} is false).
     */
    static final String TALENT_FLOW_AGGREGATED = """
            MATCH (f:%1$s) %2$s
            WITH f ORDER BY %3$s LIMIT $limit
            OPTIONAL MATCH (src:Organization {id: f.from})
            MATCH (dst:Organization {id: f.to})
            WITH src, dst, f.fromDescription AS fromDescription, f.named AS named, f.unnamed AS unnamed
            """ + FLOW_TOTALS_AFTER_ROLL_UP.replace("%1$s", "%4$s").replace("%2$s", "%5$s");

    /**
     * The count of the {@code $skip + 1}-th largest aggregate row after the cursor: the largest flows of the page all
     * count at least this, so that the page is read from the count index rather than by ranking every row.
     */
    static final String FLOW_THRESHOLD = """
            MATCH (f:%s) WHERE f.count <= $afterCount AND NOT (f.count = $afterCount AND f.key <= $afterKey)
            WITH f.count AS count ORDER BY count DESC
            SKIP $skip LIMIT 1
            RETURN count
            """;

    /**
     * {@link #TALENT_FLOW_AGGREGATED} for one page: the aggregate rows picked by what its indexes answer — an origin, a
     * destination, the key after the cursor or, largest first, a count range up to the cursor (from
     * {@code $threshold}, the {@link #FLOW_THRESHOLD}, when asked) — and ordered as the page is.
     *
     * @param label         {@code TalentFlow} or {@code TalentFlowRolledUp}
     * @param byOrigin      whether {@code $from} narrows the rows to one origin
     * @param byDestination whether {@code $to} narrows the rows to one destination
     * @param largestFirst  whether the page ranks flows by count rather than listing them by key
     * @param threshold     whether the rows are cut at {@code $threshold}, largest first
     * @return the statement
     */
    static String aggregatedFlow(String label, boolean byOrigin, boolean byDestination, boolean largestFirst,
                                 boolean threshold) {
        List<String> where = new ArrayList<>();
        if (byOrigin) {
            where.add("f.from = $from");
        }
        if (byDestination) {
            where.add("f.to = $to");
        }
        if (largestFirst) {
            if (threshold) {
                where.add("f.count >= $threshold");
            }
            // after the cursor, written without OR: the planner would read each side of an OR from its own index
            where.add("f.count <= $afterCount AND NOT (f.count = $afterCount AND f.key <= $afterKey)");
        } else {
            where.add("f.key > $afterKey");
        }
        String[] order = largestFirst ? LARGEST_FIRST : BY_KEY;
        // Without an origin or destination the page must come from a seek of the count or key index, bounded by the
        // cursor and threshold. Left to itself the planner may scan that index instead, whenever its statistics have
        // not caught up with freshly written aggregate rows, and a scan reads a whole batch of rows past the page.
        String hint = byOrigin || byDestination ? ""
                : "USING INDEX SEEK f:%s(%s) ".formatted(label, largestFirst ? "count" : "key");
        return TALENT_FLOW_AGGREGATED.formatted(label, hint + "WHERE " + String.join(" AND ", where),
                largestFirst ? "f.count DESC, f.key" : "f.key", order[0], order[1]);
    }

    /**
     * One page of talent flow: how many people moved between organizations, named and unnamed, each counted once.
     * In key order by default, so that page after page gives every flow once even while hires are added; or, when
     * the request says {@link FlowQuery#largestFirst()}, ranked by count.
     *
     * <p>Without a date, pages are read from the pre-computed aggregate, in index order: the first page of the whole
     * graph's flows, or of its largest, reads about a page of rows however large the graph. With a date every hire is
     * added up, as the aggregate cannot say what held then; likewise while a bulk load has the aggregate stale.
     *
     * @param query the origin, destination, roll-up, date, order, page size and cursor
     * @return one row per origin and destination, with the cursor to the next page
     * @throws NotFoundException        when an organization matches nothing
     * @throws IllegalArgumentException when the cursor continues another listing, or the other order
     */
    public Page<Flow> flow(FlowQuery query) {
        String kind = query.isLargestFirst() ? PageCursor.FLOW_LARGEST : PageCursor.FLOW;
        String after = PageCursor.decode(kind, query.after());
        Map<String, Object> params = new HashMap<>();
        if (query.isLargestFirst()) {
            Map.Entry<Long, String> countAndKey = query.after() == null ? Map.entry(Long.MAX_VALUE, "")
                    : PageCursor.countAndKey(query.after(), after);
            params.put("afterCount", countAndKey.getKey());
            params.put("afterKey", countAndKey.getValue());
        } else {
            params.put("afterCount", null);
            params.put("afterKey", after);
        }
        String fromId = query.from() == null ? null : organizationId(query.from());
        String toId = query.to() == null ? null : organizationId(query.to());
        boolean rollUp = query.isRolledUp();
        LocalDate asOf = query.asOf();
        params.put("asOf", asOf == null ? null : asOf.toString());
        params.put("from", fromId);
        params.put("to", toId);
        params.put("rollUp", rollUp);
        // one more than the page: whether it comes tells whether a next page exists
        params.put("limit", query.first() + 1);
        String[] order = query.isLargestFirst() ? LARGEST_FIRST : BY_KEY;
        List<Row> rows = db.read(tx -> {
            if (asOf != null || !TalentFlowAggregate.isUsable(tx, rollUp)) {
                return tx.run(TALENT_FLOW.formatted(order[0], order[1]), params);
            }
            String label = (rollUp ? NodeLabel.TALENT_FLOW_ROLLED_UP : NodeLabel.TALENT_FLOW).cypherName();
            Map<String, Object> aggregated = new HashMap<>(params);
            aggregated.put("rollUp", false);
            // Each aggregate row is an answer row: the largest of the whole graph are found through the count index.
            boolean threshold = query.isLargestFirst() && fromId == null && toId == null;
            if (threshold) {
                Map<String, Object> cut = new HashMap<>(params);
                cut.put("skip", query.first());
                List<Row> count = tx.run(FLOW_THRESHOLD.formatted(label), cut);
                aggregated.put("threshold", count.isEmpty() ? 0L : count.get(0).longValue("count"));
            }
            return tx.run(aggregatedFlow(label, fromId != null, toId != null, query.isLargestFirst(), threshold),
                    aggregated);
        });
        boolean more = rows.size() > query.first();
        List<Row> page = more ? rows.subList(0, query.first()) : rows;
        String next = null;
        if (more) {
            Row last = page.get(page.size() - 1);
            next = PageCursor.encode(kind, query.isLargestFirst() ? last.longValue("count") + ":" + last.string("key")
                    : last.string("key"));
        }
        return new Page<>(page.stream()
                .map(r -> new Flow(Entities.of(r.get("src")), r.string("fromDescription"), Entities.of(r.get("dst")),
                        r.longValue("count"), r.longValue("named"), r.longValue("unnamed")))
                .toList(), next);
    }

    // ---- leaders and roles ----------------------------------------------------------------------

    /** The columns of a role; {@code p}, {@code r} and {@code o} are the person, the relationship, the organization. */
    static final String ROLE_COLUMNS = """
            RETURN %s AS person, %s AS org, type(r) AS kind, r.title AS title, r.role AS role,
                   coalesce(r.current, true) AS current, coalesce(r.since, r.date) AS since, r.until AS until,
                   properties(r) AS props
            ORDER BY current DESC, o.name, p.name
            """.formatted(Entities.project("p"), Entities.project("o"));

    /** Leaders of organizations: from each organization by its id, along its LEADS relationships only. */
    static final String LEADERS = """
            MATCH (o:Organization) WHERE o.id IN $orgIds
            MATCH (p:Person)-[r:LEADS]->(o)
            WHERE $includeFormer OR coalesce(r.current, true)
            """ + ROLE_COLUMNS;

    /** Every role of one person, from the person by id. */
    static final String ROLES = """
            MATCH (p:Person {id: $person})-[r:LEADS|WORKS_AT]->(o:Organization)
            """ + ROLE_COLUMNS;

    /**
     * Roles that held on a day ({@code $asOf}, ISO text): begun by then (or of unknown start) and not ended
     * by then; a former role with no known end is left out, since the graph cannot say. The organization a
     * person was hired away from counts as their employer until the move, unless a dated job there says more.
     * With {@code $includeFormer}, also the roles begun and ended by then, with {@code current} false.
     */
    static final String ROLES_AS_OF = """
            CALL {
              MATCH (p:Person)-[r:LEADS|WORKS_AT]->(o:Organization)
              WHERE ($orgIds IS NULL OR o.id IN $orgIds) AND ($person IS NULL OR p.id = $person)
                AND ($leadersOnly = false OR type(r) = 'LEADS')
                AND coalesce(r.validFrom, '') <= $asOf
                AND ((r.validTo IS NULL OR r.validTo > $asOf) AND (coalesce(r.current, true) OR r.validTo IS NOT NULL)
                     OR ($includeFormer AND r.validTo IS NOT NULL AND r.validTo <= $asOf))
              RETURN p, o, type(r) AS kind, r.title AS title, r.role AS role, r.validTo IS NULL OR r.validTo > $asOf AS current,
                     coalesce(r.since, r.date) AS since, r.until AS until, properties(r) AS props
              UNION
              MATCH (p:Person)-[h:HIRED_FROM]->(o:Organization)
              WHERE $leadersOnly = false AND ($orgIds IS NULL OR o.id IN $orgIds) AND ($person IS NULL OR p.id = $person)
                AND h.validFrom IS NOT NULL AND h.validFrom > $asOf
                AND NOT EXISTS { (p)-[w:WORKS_AT|LEADS]->(o) WHERE w.validFrom IS NOT NULL }
              RETURN p, o, 'WORKS_AT' AS kind, h.formerTitle AS title, null AS role, true AS current, null AS since,
                     coalesce(h.date, h.since, h.validFrom) AS until, properties(h) AS props
            }
            RETURN %s AS person, %s AS org, kind, title, role, current, since, until, props
            ORDER BY current DESC, o.name, p.name
            """.formatted(Entities.project("p"), Entities.project("o"));

    /**
     * Who leads an organization or a lab inside it: now, or on a day; the current leaders, or the former ones too.
     *
     * @param query the organization, whether former leaders count, and the day
     * @return leadership roles, current first
     * @throws NotFoundException when the organization matches nothing
     */
    public List<Role> leaders(LeaderQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgIds", withParts(organizationId(query.organization())));
        params.put("includeFormer", query.isIncludingFormer());
        if (query.asOf() == null) {
            return roles(LEADERS, params);
        }
        params.put("person", null);
        params.put("leadersOnly", true);
        params.put("asOf", query.asOf().toString());
        return roles(ROLES_AS_OF, params);
    }

    /**
     * A person's roles: every one, current and former, or those that held on a day (where did they work in December
     * 2025?).
     *
     * @param query the person, and the day
     * @return leadership and employment roles, current first; on a day, those that held then, by organization
     * @throws NotFoundException when the person matches nothing
     */
    public List<Role> roles(RoleQuery query) {
        String person = personId(query.person());
        if (query.asOf() == null) {
            return roles(ROLES, Map.of("person", person));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("orgIds", null);
        params.put("person", person);
        params.put("leadersOnly", false);
        params.put("includeFormer", false);
        params.put("asOf", query.asOf().toString());
        return roles(ROLES_AS_OF, params);
    }

    private List<Role> roles(String cypher, Map<String, Object> params) {
        return db.read(tx -> tx.run(cypher, params)).stream()
                .map(r -> new Role(Entities.of(r.get("person")), Entities.of(r.get("org")),
                        RelType.valueOf(r.string("kind")), r.string("title"), r.string("role"), r.bool("current"),
                        Entities.date(r.get("since")), Entities.date(r.get("until")), Provenance.of(r.map("props"))))
                .toList();
    }

    // ---- investments ----------------------------------------------------------------------------

    /** {@code %s} picks the investments: all of them, or those by or into {@code $org} (found by index). */
    static final String INVESTMENTS = """
            %s
            RETURN %s AS investor, %s AS target, r.amount AS amount, r.currency AS currency,
                   r.amountQualifier AS qualifier, r.when AS when, properties(r) AS props
            ORDER BY r.amountUsd DESC
            """.formatted("%s", Entities.project("i"), Entities.project("t"));

    static final String ALL_INVESTMENTS = INVESTMENTS.formatted("MATCH (i)-[r:INVESTED_IN]->(t:Organization)");

    static final String INVESTMENTS_OF_ORG = INVESTMENTS.formatted("""
            CALL {
              MATCH (i:Organization {id: $org})-[r:INVESTED_IN]->(t:Organization) RETURN i, r, t
              UNION
              MATCH (i)-[r:INVESTED_IN]->(t:Organization {id: $org}) RETURN i, r, t
            }""");

    /**
     * Every investment the graph holds.
     *
     * @return investments, largest first
     */
    public List<Investment> investments() {
        return investments(ALL_INVESTMENTS, Map.of());
    }

    /**
     * Investments made by or into an organization.
     *
     * @param organization id, name or Arabic name
     * @return investments, largest first
     * @throws NotFoundException when the organization matches nothing
     */
    public List<Investment> investments(String organization) {
        Objects.requireNonNull(organization, "organization; investments() lists them all");
        return investments(INVESTMENTS_OF_ORG, Map.of("org", organizationId(organization)));
    }

    private List<Investment> investments(String cypher, Map<String, Object> params) {
        return db.read(tx -> tx.run(cypher, params)).stream()
                .map(r -> new Investment(Entities.of(r.get("investor")), Entities.of(r.get("target")),
                        (Number) r.get("amount"), r.string("currency"), r.string("qualifier"), r.string("when"),
                        Provenance.of(r.map("props"))))
                .toList();
    }

    // ---- recruitment attempts -------------------------------------------------------------------

    /**
     * One page of recruitment attempts in fact-id order, by {@code $org} ({@code null} for anyone) with
     * {@code $outcome} ({@code null} for any), after {@code $after}. The attempts are few next to hires, and read
     * without an index of their own: each page sorts the matching attempts' ids before it stops at the page.
     */
    static final String ATTEMPTS_PAGE = """
            MATCH (o:Organization)-[r:TRIED_TO_HIRE]->(p:Person)
            WHERE ($org IS NULL OR o.id = $org) AND ($outcome IS NULL OR r.outcome = $outcome)
            // an attempt written by hand, without a fact id, is keyed by its element id
            WITH o, r, p, coalesce(r.factId, elementId(r)) AS key WHERE key > $after
            WITH o, r, p, key ORDER BY key LIMIT $limit
            OPTIONAL MATCH (p)-[w:WORKS_AT]->(employer:Organization) WHERE coalesce(w.current, true)
            WITH o, r, p, key, head(collect(employer)) AS employer
            RETURN %s AS org, %s AS person, r.outcome AS outcome,
                   CASE WHEN employer IS NULL THEN null ELSE %s END AS employer, properties(r) AS props, key
            ORDER BY key
            """.formatted(Entities.project("o"), Entities.project("p"), Entities.project("employer"));

    /**
     * One page of reported recruitment attempts, in a stable order: by the attempt's fact id. An attempt that failed
     * is not a hire: {@code hiringAttempts(AttemptQuery.failed())} lists the people who were not hired.
     *
     * @param query who tried, with what outcome, the page size and the cursor
     * @return the page of attempts, with the cursor to the next one
     * @throws NotFoundException        when the organization matches nothing
     * @throws IllegalArgumentException when the cursor continues another listing
     */
    public Page<HiringAttempt> hiringAttempts(AttemptQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", query.organization() == null ? null : organizationId(query.organization()));
        params.put("outcome", query.outcome() == null ? null : query.outcome().text());
        params.put("after", PageCursor.decode(PageCursor.ATTEMPT, query.after()));
        params.put("limit", query.first() + 1);
        List<Row> rows = db.read(tx -> tx.run(ATTEMPTS_PAGE, params));
        boolean more = rows.size() > query.first();
        List<Row> page = more ? rows.subList(0, query.first()) : rows;
        String next = more ? PageCursor.encode(PageCursor.ATTEMPT, page.get(page.size() - 1).string("key")) : null;
        return new Page<>(page.stream()
                .map(r -> new HiringAttempt(Entities.of(r.get("org")), Entities.of(r.get("person")),
                        AttemptOutcome.of(r.string("outcome")), Entities.of(r.get("employer")),
                        Provenance.of(r.map("props"))))
                .toList(), next);
    }

    // ---- profiles -------------------------------------------------------------------------------

    static final String PROFILE = """
            MATCH (p:Person {id: $person})
            OPTIONAL MATCH (p)-[r]-(other) WHERE r.factId IS NOT NULL
            WITH p, r, other ORDER BY type(r), other.name
            RETURN %s AS person, labels(p) AS labels, coalesce(p.aliases, []) AS aliases,
                   collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), forward: startNode(r) = p,
                           other: %s, props: properties(r)} END) AS facts
            """.formatted(Entities.project("p"), Entities.project("other"));

    /**
     * A person's profile: who they are and every fact about them, with sources.
     *
     * @param person id, English or Arabic name, alias, or words of the name (full-text)
     * @return the profile, or empty when nothing matches
     */
    public Optional<PersonProfile> profile(String person) {
        String id;
        try {
            id = personId(person);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Row row = db.read(tx -> tx.run(PROFILE, Map.of("person", id))).get(0);
        EntityRef self = Entities.of(row.get("person"));
        List<FactView> facts = new ArrayList<>();
        for (Map<String, Object> f : row.maps("facts")) {
            EntityRef other = Entities.of(f.get("other"));
            boolean forward = (Boolean) f.get("forward");
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) f.get("props");
            facts.add(new FactView((String) f.get("type"), forward ? self : other, forward ? other : self,
                    details(props), Provenance.of(props)));
        }
        return Optional.of(new PersonProfile(self, row.strings("labels"), row.strings("aliases"), facts));
    }

    private static Map<String, Object> details(Map<String, Object> props) {
        Map<String, Object> details = new LinkedHashMap<>(props);
        Provenance.KEYS.forEach(details::remove);
        return details;
    }

    // ---- connections ----------------------------------------------------------------------------

    static final String SHORTEST = """
            MATCH (a:Person {id: $a}), (b:Person {id: $b})
            MATCH path = shortestPath((a)-[*..12]-(b))
            WHERE none(n IN nodes(path) WHERE n:Source OR n:TalentGraphSchema)
            RETURN path
            """;

    /**
     * The shortest chain of facts between two people (through organizations, groups, claims...).
     *
     * @param personA id or name of one person
     * @param personB id or name of the other
     * @return the path, or empty when they are not connected
     */
    public Optional<Connection> shortestConnection(String personA, String personB) {
        Map<String, Object> params = Map.of("a", personId(personA), "b", personId(personB));
        List<Row> rows = db.read(tx -> tx.run(SHORTEST, params));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        GraphPath path = (GraphPath) rows.get(0).get("path");
        List<Connection.Step> steps = new ArrayList<>();
        for (int i = 0; i < path.nodes().size(); i++) {
            GraphNode node = path.nodes().get(i);
            if (i == 0) {
                steps.add(new Connection.Step(Entities.of(node), null, true));
            } else {
                GraphRelationship rel = path.relationships().get(i - 1);
                steps.add(new Connection.Step(Entities.of(node), rel.type(), rel.endElementId().equals(node.elementId())));
            }
        }
        return Optional.of(new Connection(steps));
    }

    // ---- sources --------------------------------------------------------------------------------

    static final String SOURCES_MATCHING = """
            MATCH (s:Source)
            WHERE s.id = $text OR toLower(s.outlet) = toLower($text) OR s.outletAr = $text
               OR toLower(s.outlet) CONTAINS toLower($text)
            RETURN s.id AS id
            """;

    /** Facts citing any of the sources in {@code $query} (quoted ids), found through the fact-sources index. */
    static final String REPORTED = """
            CALL db.index.fulltext.queryRelationships($index, $query) YIELD relationship AS r
            WITH r WHERE r.factId IS NOT NULL
            WITH r, startNode(r) AS a, endNode(r) AS b
            WITH r.factId AS factId, collect({r: r, a: a, b: b}) AS views
            // a hire is written as HIRED_FROM and WORKS_AT, a group hire as several edges: show one per fact
            WITH factId, head([v IN views WHERE type(v.r) IN ['HIRED_FROM', 'HIRED_BY'] AND NOT v.a:HiringGroup | v]
                              + [v IN views WHERE type(v.r) = 'HIRED_BY' | v] + views) AS v
            WITH v.r AS r, v.a AS a, v.b AS b
            RETURN type(r) AS type, %s AS subject, %s AS object, properties(r) AS props
            ORDER BY type, subject.name
            """.formatted(Entities.project("a"), Entities.project("b"));

    /**
     * What a source or outlet reported: every fact that cites it.
     *
     * @param sourceOrOutlet a source id, or an outlet's name (Bloomberg, TechCrunch...)
     * @return the facts, one per fact id
     * @throws NotFoundException when no source matches
     */
    public List<FactView> reportedBy(String sourceOrOutlet) {
        List<String> sources = sourcesMatching(sourceOrOutlet);
        // A full-text query holds at most 1,024 terms: ask in chunks, then keep one row per fact, in query order.
        Map<String, Row> byFact = new LinkedHashMap<>();
        for (int from = 0; from < sources.size(); from += 1000) {
            String query = String.join(" OR ", sources.subList(from, Math.min(sources.size(), from + 1000)).stream()
                    .map(id -> '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"').toList());
            db.read(tx -> tx.run(REPORTED, Map.of("index", GraphSchema.FACT_SOURCES_INDEX, "query", query)))
                    .forEach(r -> byFact.putIfAbsent((String) r.map("props").get("factId"), r));
        }
        return byFact.values().stream()
                .map(r -> new FactView(r.string("type"), Entities.of(r.get("subject")), Entities.of(r.get("object")),
                        details(r.map("props")), Provenance.of(r.map("props"))))
                .sorted(java.util.Comparator.comparing(FactView::type).thenComparing(f -> f.subject().name(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The sources a name stands for: the source with that id, or every source of an outlet (Bloomberg, TechCrunch...),
     * matched without regard to case, in English or Arabic.
     *
     * @param sourceOrOutlet a source id or an outlet's name
     * @return the ids of the matching sources, at least one
     * @throws NotFoundException when no source matches
     */
    public List<String> sourcesMatching(String sourceOrOutlet) {
        List<String> sources = db.read(tx -> tx.run(SOURCES_MATCHING, Map.of("text", sourceOrOutlet.strip())))
                .stream().map(r -> r.string("id")).toList();
        if (sources.isEmpty()) {
            throw new NotFoundException("No source or outlet matches '" + sourceOrOutlet
                    + "'. The graph's sources are listed by the Cypher MATCH (s:Source) RETURN s.id, s.outlet");
        }
        return sources;
    }

    /**
     * @param relType a relationship type as Cypher writes it, e.g. {@code HIRED_FROM}
     * @return a lower-case English label for it, e.g. {@code hired from}
     */
    public static String describe(String relType) {
        return relType.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
