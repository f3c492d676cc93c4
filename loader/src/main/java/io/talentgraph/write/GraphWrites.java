package io.talentgraph.write;

import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Claim;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Organization;
import io.talentgraph.model.PartialDate;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one place that knows how the graph model is written: the parameterized Cypher for every entity and
 * fact type, and the parameter rows it takes. {@link io.talentgraph.load.GraphLoader} writes a whole
 * dataset with it in one transaction; the bulk loader writes batches with it; the benchmark's naive and
 * {@code LOAD CSV} loaders run the same statement bodies. Keeping them here means every path writes the same
 * labels, relationship types, fact ids and provenance properties.
 *
 * <p>Writes are idempotent: entities merge by {@code id}, facts by their fact id; scalars are replaced by the
 * latest write, while provenance lists (sources, evidence, aliases, datasets) grow by union.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GraphWrites {

    private GraphWrites() {
    }

    /**
     * One write: {@code UNWIND $rows AS row} followed by {@link #body()}, which may also use {@code $dataset}.
     *
     * @param body     Cypher that reads its input from the variable {@code row}
     * @param requires a row field without which the statement writes nothing (an optional reference it matches),
     *                 or {@code null}: rows without it are not sent
     */
    public record Statement(String body, String requires) {
        /** @param body Cypher that reads its input from the variable {@code row} */
        public Statement(String body) {
            this(body, null);
        }

        /** @return the statement as it runs with a list of rows in {@code $rows} */
        public String cypher() {
            return "UNWIND $rows AS row\n" + body;
        }

        /**
         * @param row a row
         * @return whether the statement writes anything for it
         */
        public boolean applies(Map<String, Object> row) {
            return requires == null || row.get(requires) != null;
        }
    }

    // ---- entities -------------------------------------------------------------------------------

    private static final String ADD_DATASET = """
            SET %1$s.datasets = coalesce(%1$s.datasets, []) +
                [d IN [$dataset] WHERE NOT d IN coalesce(%1$s.datasets, [])]
            """;

    /**
     * The first name a node got stays its name; any other name a later write gives it (a different spelling, the
     * English or Arabic form) is kept as an alias, so that no load loses a name. Aliases grow by union; a node
     * without aliases has no {@code aliases} property rather than an empty list, as the offline importer leaves it.
     */
    private static final String NAMED = """
            WITH n, row, n.name AS oldName, n.nameAr AS oldNameAr, coalesce(n.aliases, []) AS oldAliases
            WITH n, row, oldAliases, coalesce(oldName, row.name) AS name, coalesce(oldNameAr, row.nameAr) AS nameAr
            WITH n, row, name, nameAr, oldAliases + reduce(added = [], a IN row.aliases + [row.name, row.nameAr] |
                    CASE WHEN a IS NULL OR a = name OR a = nameAr OR a IN oldAliases OR a IN added
                         THEN added ELSE added + a END) AS aliases
            SET n.name = name,
                n.nameAr = nameAr,
                n.aliases = CASE WHEN size(aliases) > 0 THEN aliases END,
                n.distinctFrom = CASE WHEN size(coalesce(row.distinctFrom, [])) = 0 THEN n.distinctFrom
                    ELSE coalesce(n.distinctFrom, []) + [d IN row.distinctFrom WHERE NOT d IN coalesce(n.distinctFrom, [])] END
            """ + ADD_DATASET.formatted("n");

    /** Sources, by id; {@code row}: {@code id}, {@code props}. */
    public static final Statement SOURCES = new Statement("""
            MERGE (n:Source {id: row.id})
            SET n += row.props
            """ + ADD_DATASET.formatted("n"));

    /** Which source cites which; {@code row}: {@code citing}, {@code cited}. */
    public static final Statement CITES = new Statement("""
            MATCH (citing:Source {id: row.citing}), (cited:Source {id: row.cited})
            MERGE (citing)-[:CITES]->(cited)
            """);

    /** Who appeared in a source; {@code row}: {@code person}, {@code source}. */
    public static final Statement APPEARED_IN = new Statement("""
            MATCH (p:Person {id: row.person}), (s:Source {id: row.source})
            MERGE (p)-[:APPEARED_IN]->(s)
            """);

    /** People, with their role labels; {@code row}: {@code id, name, nameAr, aliases, roles}. */
    public static final Statement PEOPLE = new Statement("MERGE (n:Person {id: row.id})\n" + NAMED + """
            FOREACH (_ IN CASE WHEN 'executive' IN row.roles THEN [1] ELSE [] END | SET n:%s)
            FOREACH (_ IN CASE WHEN 'researcher' IN row.roles THEN [1] ELSE [] END | SET n:%s)
            """.formatted(NodeLabel.EXECUTIVE.cypherName(), NodeLabel.RESEARCHER.cypherName()));

    /** Companies and labs; {@code row}: {@code id, name, nameAr, aliases, kind, description, descriptionAr}. */
    public static final Statement ORGANIZATIONS = new Statement("""
            MERGE (n:Organization {id: row.id})
            SET n.description = coalesce(row.description, n.description),
                n.descriptionAr = coalesce(row.descriptionAr, n.descriptionAr)
            """ + NAMED + """
            FOREACH (_ IN CASE WHEN row.kind = 'company' THEN [1] ELSE [] END | SET n:%1$s REMOVE n:%2$s)
            FOREACH (_ IN CASE WHEN row.kind = 'lab' THEN [1] ELSE [] END | SET n:%2$s REMOVE n:%1$s)
            """.formatted(NodeLabel.COMPANY.cypherName(), NodeLabel.LAB.cypherName()));

    /** Products; {@code row}: {@code id, name, nameAr, aliases, kind}. */
    public static final Statement PRODUCTS = new Statement("""
            MERGE (n:Product {id: row.id})
            SET n.kind = coalesce(row.kind, n.kind)
            """ + NAMED);

    /** Claims and whom they are about; {@code row}: {@code id, props, about}. */
    public static final Statement CLAIMS = new Statement("""
            MERGE (n:Claim {id: row.id})
            SET n += row.props
            """ + ADD_DATASET.formatted("n") + """
            WITH n, row
            UNWIND row.about AS aboutId
            OPTIONAL MATCH (p:Person {id: aboutId})
            OPTIONAL MATCH (o:Organization {id: aboutId})
            OPTIONAL MATCH (x:Product {id: aboutId})
            WITH n, coalesce(p, o, x) AS target
            WHERE target IS NOT NULL
            MERGE (n)-[:ABOUT]->(target)
            """);

    /**
     * @param s       a source
     * @param hasText whether the dataset holds its text (quotes from it were checked)
     * @return the row {@link #SOURCES} takes
     */
    public static Map<String, Object> sourceRow(Source s, boolean hasText) {
        Map<String, Object> props = new LinkedHashMap<>();
        put(props, "kind", s.kind());
        put(props, "outlet", s.outlet());
        put(props, "outletAr", s.outletAr());
        put(props, "language", s.language());
        put(props, "title", s.title());
        put(props, "titleEn", s.titleEn());
        put(props, "url", s.url());
        putDate(props, "published", s.published());
        put(props, "when", s.when());
        put(props, "whenEn", s.whenEn());
        put(props, "hasText", hasText);
        return Map.of("id", s.id(), "props", props);
    }

    /**
     * @param p a person
     * @return the row {@link #PEOPLE} takes
     */
    public static Map<String, Object> personRow(Person p) {
        Map<String, Object> row = named(p.id(), p.name(), p.nameAr(), p.aliases());
        row.put("roles", p.roles());
        return row;
    }

    /**
     * @param o an organization
     * @return the row {@link #ORGANIZATIONS} takes
     */
    public static Map<String, Object> organizationRow(Organization o) {
        Map<String, Object> row = named(o.id(), o.name(), o.nameAr(), o.aliases());
        row.put("kind", o.kind());
        row.put("description", o.description());
        row.put("descriptionAr", o.descriptionAr());
        return row;
    }

    /**
     * @param p a product
     * @return the row {@link #PRODUCTS} takes
     */
    public static Map<String, Object> productRow(Product p) {
        Map<String, Object> row = named(p.id(), p.name(), p.nameAr(), p.aliases());
        row.put("kind", p.kind());
        return row;
    }

    /**
     * @param c a claim
     * @return the row {@link #CLAIMS} takes
     */
    public static Map<String, Object> claimRow(Claim c) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("kind", c.kind());
        props.put("summary", c.summary());
        putAmount(props, c.amount());
        return Map.of("id", c.id(), "props", props, "about", c.about());
    }

    /**
     * Gives an entity's row the id the graph knows it by and the ids it was declared distinct from: a dataset may
     * name an entry by an id of its own and declare it {@code sameAs} one already in the graph.
     *
     * @param row          a row of {@link #PEOPLE}, {@link #ORGANIZATIONS} or {@link #PRODUCTS}
     * @param graphId      the id to merge on
     * @param distinctFrom ids of entities with similar names that are known to be others
     * @return the row
     */
    public static Map<String, Object> withIdentity(Map<String, Object> row, String graphId, List<String> distinctFrom) {
        row.put("id", graphId);
        row.put("distinctFrom", distinctFrom);
        return row;
    }

    private static Map<String, Object> named(String id, String name, String nameAr, List<String> aliases) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("nameAr", nameAr);
        row.put("aliases", aliases);
        return row;
    }

    /**
     * Writes sources (without the links between them and to people, see {@link #writeSourceLinks}).
     *
     * @param tx      the transaction
     * @param dataset the dataset id recorded on every node
     * @param sources the sources
     * @param hasText which sources have their text in the dataset
     */
    public static void writeSources(Transaction tx, String dataset, List<Source> sources, Predicate<String> hasText) {
        prepareSources(dataset, sources, hasText).run(tx);
    }

    /**
     * @param dataset the dataset id recorded on every node
     * @param sources the sources
     * @param hasText which sources have their text in the dataset
     * @return the write of {@link #writeSources}, its rows as parallel lists
     */
    public static Prepared prepareSources(String dataset, List<Source> sources, Predicate<String> hasText) {
        return prepare(SOURCES, SOURCE_COLUMNS, sources.stream().map(s -> sourceRow(s, hasText.test(s.id()))).toList(),
                dataset);
    }

    private static final List<String> SOURCE_COLUMNS = List.of("id", "props");
    private static final List<String> PERSON_COLUMNS = List.of("id", "name", "nameAr", "aliases", "roles");
    private static final List<String> ORGANIZATION_COLUMNS = List.of("id", "name", "nameAr", "aliases", "kind",
            "description", "descriptionAr");

    /**
     * Writes {@code CITES} and {@code APPEARED_IN}; the sources and people they link must exist already.
     *
     * @param tx      the transaction
     * @param sources the sources whose links to write
     */
    public static void writeSourceLinks(Transaction tx, List<Source> sources) {
        for (Prepared write : prepareSourceLinks(sources)) {
            write.run(tx);
        }
    }

    /**
     * @param sources the sources whose links to write
     * @return the writes of {@link #writeSourceLinks}, to run in this order
     */
    public static List<Prepared> prepareSourceLinks(List<Source> sources) {
        List<Map<String, Object>> cites = new ArrayList<>();
        List<Map<String, Object>> appearances = new ArrayList<>();
        for (Source s : sources) {
            s.citedBy().forEach(c -> cites.add(Map.of("citing", c, "cited", s.id())));
            s.participants().forEach(p -> appearances.add(Map.of("person", p, "source", s.id())));
        }
        return List.of(prepare(CITES, List.of("citing", "cited"), cites, null),
                prepare(APPEARED_IN, List.of("person", "source"), appearances, null));
    }

    /**
     * @param tx      the transaction
     * @param dataset the dataset id recorded on every node
     * @param people  the people to write, by their own ids
     */
    public static void writePeople(Transaction tx, String dataset, List<Person> people) {
        preparePeople(dataset, people).run(tx);
    }

    /**
     * @param dataset the dataset id recorded on every node
     * @param people  the people to write, by their own ids
     * @return the write of {@link #writePeople}, its rows as parallel lists
     */
    public static Prepared preparePeople(String dataset, List<Person> people) {
        return prepare(PEOPLE, PERSON_COLUMNS, people.stream().map(GraphWrites::personRow).toList(), dataset);
    }

    /**
     * @param tx            the transaction
     * @param dataset       the dataset id recorded on every node
     * @param organizations what to write, by their own ids
     */
    public static void writeOrganizations(Transaction tx, String dataset, List<Organization> organizations) {
        prepareOrganizations(dataset, organizations).run(tx);
    }

    /**
     * @param dataset       the dataset id recorded on every node
     * @param organizations what to write, by their own ids
     * @return the write of {@link #writeOrganizations}, its rows as parallel lists
     */
    public static Prepared prepareOrganizations(String dataset, List<Organization> organizations) {
        return prepare(ORGANIZATIONS, ORGANIZATION_COLUMNS,
                organizations.stream().map(GraphWrites::organizationRow).toList(), dataset);
    }

    /**
     * Runs a statement once for all rows.
     *
     * @param tx        the transaction
     * @param statement what to run
     * @param rows      its rows; nothing runs when there are none
     * @param dataset   the dataset id recorded on what it writes
     */
    public static void write(Transaction tx, Statement statement, List<Map<String, Object>> rows, String dataset) {
        run(tx, statement, rows, dataset);
    }

    /**
     * @param tx      the transaction
     * @param dataset the dataset id recorded on every claim
     * @param claims  what to write; their targets must exist
     */
    public static void writeClaims(Transaction tx, String dataset, List<Claim> claims) {
        run(tx, CLAIMS, claims.stream().map(GraphWrites::claimRow).toList(), dataset);
    }

    // ---- facts ----------------------------------------------------------------------------------

    /**
     * Scalars are replaced by the latest load; provenance lists grow by union, keeping quotes paired with their
     * English renderings ("" where a quote has none). A fact none of whose quotes has a rendering has no
     * {@code evidenceEn} property, rather than a list of empty strings.
     */
    private static final String SET_FACT = """
            SET %1$s += row.props
            // another source may know the fact from a later date: it began by the earliest one anyone gives
            SET %1$s.validFrom = CASE WHEN row.validFrom IS NULL THEN %1$s.validFrom
                                      WHEN %1$s.validFrom IS NULL OR row.validFrom < %1$s.validFrom THEN row.validFrom
                                      ELSE %1$s.validFrom END
            WITH *, [i IN range(0, size(row.evidence) - 1) WHERE NOT row.evidence[i] IN coalesce(%1$s.evidence, [])] AS fresh
            WITH *, coalesce(%1$s.evidenceEn, [q IN coalesce(%1$s.evidence, []) | '']) + [i IN fresh | row.evidenceEn[i]] AS english
            SET %1$s.evidence = coalesce(%1$s.evidence, []) + [i IN fresh | row.evidence[i]],
                %1$s.evidenceEn = CASE WHEN any(e IN english WHERE e <> '') THEN english END,
                %1$s.sources = coalesce(%1$s.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(%1$s.sources, [])]
            """ + ADD_DATASET.formatted("%1$s");

    /** A job or role a later fact ended stays ended when the fact that stated it is written again. */
    private static final String KEEP_ENDED = "WITH r SET r.current = CASE WHEN r.endedBy IS NULL THEN r.current ELSE false END\n";

    private static Statement fact(String match, String merge, String variable) {
        return fact(match, merge, variable, null);
    }

    private static Statement fact(String match, String merge, String variable, String requires) {
        return fact(match, merge, variable, requires, "");
    }

    private static Statement fact(String match, String merge, String variable, String requires, String after) {
        return new Statement(match + "\n" + merge + "\n" + SET_FACT.formatted(variable) + after, requires);
    }

    private static final Map<FactType, List<Statement>> STATEMENTS = new EnumMap<>(Map.ofEntries(
            Map.entry(FactType.HIRE, List.of(
                    fact("MATCH (p:Person {id: row.person}), (o:Organization {id: row.from})",
                            "MERGE (p)-[r:HIRED_FROM {factId: row.factId}]->(o)", "r", "from"),
                    // A hire that states when the job ended, or that a later fact ended, is a former job.
                    fact("MATCH (p:Person {id: row.person}), (o:Organization {id: row.by})",
                            "MERGE (p)-[r:WORKS_AT {factId: row.factId}]->(o)\n"
                                    + "SET r.current = r.endedBy IS NULL AND row.props.until IS NULL, r.title = row.props.title", "r"),
                    fact("MATCH (p:Person {id: row.person}), (g:HiringGroup {id: row.group})",
                            "MERGE (g)-[r:INCLUDES {factId: row.factId}]->(p)", "r", "group"))),
            Map.entry(FactType.WORKS_AT, List.of(fact(
                    "MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})",
                    "MERGE (p)-[r:WORKS_AT {factId: row.factId}]->(o)", "r", null, KEEP_ENDED))),
            Map.entry(FactType.LEADS, List.of(fact(
                    "MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})",
                    "MERGE (p)-[r:LEADS {factId: row.factId}]->(o)", "r", null, KEEP_ENDED))),
            Map.entry(FactType.INVESTMENT, List.of(fact("""
                    OPTIONAL MATCH (io:Organization {id: row.investor})
                    OPTIONAL MATCH (ip:Person {id: row.investor})
                    WITH row, coalesce(io, ip) AS investor
                    MATCH (t:Organization {id: row.target})""",
                    "MERGE (investor)-[r:INVESTED_IN {factId: row.factId}]->(t)", "r"))),
            Map.entry(FactType.PART_OF, List.of(fact(
                    "MATCH (a:Organization {id: row.part}), (b:Organization {id: row.whole})",
                    "MERGE (a)-[r:PART_OF {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.HIRING_ATTEMPT, List.of(fact(
                    "MATCH (o:Organization {id: row.organization}), (p:Person {id: row.person})",
                    "MERGE (o)-[r:TRIED_TO_HIRE {factId: row.factId}]->(p)", "r"))),
            Map.entry(FactType.GROUP_HIRE, List.of(
                    fact("MATCH (o:Organization {id: row.by})",
                            "MERGE (g:HiringGroup {id: row.factId})", "g"),
                    fact("MATCH (g:HiringGroup {id: row.factId}), (o:Organization {id: row.by})",
                            "MERGE (g)-[r:HIRED_BY {factId: row.factId}]->(o)", "r"),
                    fact("MATCH (g:HiringGroup {id: row.factId}), (o:Organization {id: row.from})",
                            "MERGE (g)-[r:HIRED_FROM {factId: row.factId}]->(o)", "r", "from"),
                    fact("MATCH (g:HiringGroup {id: row.factId}), (parent:HiringGroup {id: row.within})",
                            "MERGE (parent)-[r:INCLUDES {factId: row.factId}]->(g)", "r", "within"))),
            Map.entry(FactType.CLAIMED, List.of(fact(
                    "MATCH (p:Person {id: row.person}), (c:Claim {id: row.claim})",
                    "MERGE (p)-[r:CLAIMED {factId: row.factId}]->(c)", "r"))),
            Map.entry(FactType.SIBLING, List.of(fact(
                    "MATCH (a:Person {id: row.person}), (b:Person {id: row.sibling})",
                    "MERGE (a)-[r:SIBLING_OF {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.PARTNERS, List.of(fact(
                    "MATCH (a:Person {id: row.person}), (b:Person {id: row.partner})",
                    "MERGE (a)-[r:PARTNERS_WITH {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.DEVELOPS, List.of(fact(
                    "MATCH (o:Organization {id: row.organization}), (p:Product {id: row.product})",
                    "MERGE (o)-[r:DEVELOPS {factId: row.factId}]->(p)", "r")))));

    /** Group hires first, because hires and nested groups refer to them; then the others in declaration order. */
    private static final List<FactType> WRITE_ORDER = computeWriteOrder();

    private static List<FactType> computeWriteOrder() {
        List<FactType> order = new ArrayList<>(List.of(FactType.GROUP_HIRE));
        for (FactType t : FactType.values()) {
            if (t != FactType.GROUP_HIRE) {
                order.add(t);
            }
        }
        return List.copyOf(order);
    }

    /** @return fact types in the order a batch of facts is written: group hires first */
    public static List<FactType> writeOrder() {
        return WRITE_ORDER;
    }

    /**
     * @param type a fact type
     * @return the statements that write a fact of that type, to run in this order with the same rows
     */
    public static List<Statement> factStatements(FactType type) {
        return STATEMENTS.get(type);
    }

    /**
     * Writes facts, all types, group hires first (hires and nested groups refer to them). The entities they connect
     * must exist already. Each statement runs once for all the rows it applies to, the rows sent as parallel lists
     * ({@link #prepareFacts}). Per-row subqueries that send a batch of mixed facts in one statement measured slower
     * at 100,000 persons (docs/benchmarks.md), and so does one statement of a subquery per type and statement
     * running over all the rows: the planner then puts an {@code Eager} between every write of each subquery and
     * those of the others (28 instead of 12 for a batch of hires and jobs), each holding all the rows.
     *
     * @param tx       the transaction
     * @param dataset  the dataset id recorded on every fact
     * @param facts    the facts
     * @param verified whether a source's text was checked against the quotes (the dataset holds it)
     */
    public static void writeFacts(Transaction tx, String dataset, List<Fact> facts, Predicate<String> verified) {
        writeFacts(tx, dataset, facts, verified, f -> null);
    }

    /**
     * As {@link #writeFacts(Transaction, String, List, Predicate)}, with the publication date each fact is known
     * from when it gives no date of its own.
     *
     * @param tx        the transaction
     * @param dataset   the dataset id recorded on every fact
     * @param facts     the facts
     * @param verified  whether a source's text was checked against the quotes
     * @param published the earliest publication date of a fact's sources, or {@code null}
     */
    public static void writeFacts(Transaction tx, String dataset, List<Fact> facts, Predicate<String> verified,
                                  java.util.function.Function<Fact, PartialDate> published) {
        for (Prepared write : prepareFacts(dataset, facts, verified, published)) {
            write.run(tx);
        }
    }

    /**
     * A write made ready to run: its Cypher and parameters, built where it costs the writing thread nothing (the bulk
     * loader builds the next batch's while the current one is written).
     *
     * @param cypher     the statement, or {@code null} when there is nothing to write
     * @param parameters its parameters
     */
    public record Prepared(String cypher, Map<String, Object> parameters) {
        /** @param tx the transaction to run it in; nothing runs when there is nothing to write */
        public void run(Transaction tx) {
            if (cypher != null) {
                tx.run(cypher, parameters);
            }
        }
    }

    /**
     * Prepares a batch of facts for {@link #writeFacts}: for each fact type in the batch, group hires first, each of its
     * {@link #factStatements(FactType)} with the rows it applies to as parallel lists (one list per row field).
     *
     * @param dataset   the dataset id recorded on every fact
     * @param facts     the facts
     * @param verified  whether a source's text was checked against the quotes
     * @param published the earliest publication date of a fact's sources, or {@code null}
     * @return the writes, to run in this order in one transaction
     */
    public static List<Prepared> prepareFacts(String dataset, List<Fact> facts, Predicate<String> verified,
                                              java.util.function.Function<Fact, PartialDate> published) {
        Map<FactType, List<Map<String, Object>>> byType = new EnumMap<>(FactType.class);
        for (Fact f : facts) {
            byType.computeIfAbsent(f.type(), t -> new ArrayList<>())
                    .add(factRow(f, f.sources().stream().anyMatch(verified), published.apply(f)));
        }
        List<Prepared> writes = new ArrayList<>();
        for (FactType type : WRITE_ORDER) {
            List<Map<String, Object>> rows = byType.get(type);
            if (rows != null) {
                for (Statement statement : STATEMENTS.get(type)) {
                    Prepared write = prepare(statement, factColumns(type), rows, dataset);
                    if (write.cypher() != null) {
                        writes.add(write);
                    }
                }
            }
        }
        return writes;
    }

    /** The fields of a fact's row ({@link #factRow}): its references, then what every fact has. */
    private static List<String> factColumns(FactType type) {
        List<String> columns = new ArrayList<>();
        type.fields().stream().filter(f -> f.kind() == FactType.Kind.REFERENCE).forEach(f -> columns.add(f.name()));
        columns.addAll(List.of("factId", "validFrom", "props", "sources", "evidence", "evidenceEn"));
        return columns;
    }

    /**
     * Prepares one statement for many rows sent as parallel lists: {@code $param} is a map of one list per row field,
     * and the statement's body reads each row as the map {@code row}, as with {@link Statement#cypher()}.
     *
     * @param statement what to run
     * @param columns   the row fields the body reads
     * @param rows      the rows
     * @param dataset   the dataset id recorded on what it writes, or {@code null}
     * @return the write, which does nothing when no row applies
     */
    public static Prepared prepare(Statement statement, List<String> columns, List<Map<String, Object>> rows,
                                   String dataset) {
        List<Map<String, Object>> applying = statement.requires() == null ? rows
                : rows.stream().filter(statement::applies).toList();
        if (applying.isEmpty()) {
            return new Prepared(null, Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("rows", columns(columns, applying));
        params.put("dataset", dataset);
        return new Prepared(unwindColumns("rows", columns) + statement.body(), params);
    }

    private static Map<String, Object> columns(List<String> columns, List<Map<String, Object>> rows) {
        Map<String, Object> lists = new HashMap<>();
        for (String column : columns) {
            List<Object> values = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                values.add(row.get(column));
            }
            lists.put(column, values);
        }
        return lists;
    }

    /** {@code UNWIND} over parallel lists, each row rebuilt as the map {@code row}. */
    private static String unwindColumns(String param, List<String> columns) {
        StringBuilder sb = new StringBuilder("UNWIND range(0, size($").append(param).append('.').append(columns.get(0))
                .append(") - 1) AS i\nWITH {");
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ", ").append('`').append(columns.get(c)).append("`: $").append(param).append(".`")
                    .append(columns.get(c)).append("`[i]");
        }
        return sb.append("} AS row\n").toString();
    }

    // ---- facts that end earlier facts ---------------------------------------------------------------

    /**
     * Ends a job or a role without deleting it: it becomes former, gets the ending fact's date as its end
     * (earliest day in {@code validTo}) unless it already had one, and remembers which fact ended it. Returns,
     * per row, how many relationships it ended: none means the ended fact is not in the graph.
     */
    static final String END_FACT = """
            UNWIND $rows AS row
            OPTIONAL MATCH ()-[r:%s|%s]->() WHERE r.factId = row.ended
            WITH row, r
            FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END |
              SET x.current = false,
                  x.until = coalesce(x.until, row.until),
                  x.untilPrecision = coalesce(x.untilPrecision, row.untilPrecision),
                  x.validTo = coalesce(x.validTo, row.validTo),
                  x.endedBy = coalesce(x.endedBy, []) + [f IN [row.endedBy] WHERE NOT f IN coalesce(x.endedBy, [])])
            RETURN row.ended AS ended, row.endedBy AS endedBy, count(r) AS ended_relationships
            """.formatted(RelType.WORKS_AT.cypherName(), RelType.LEADS.cypherName());

    /** A fact's {@code ends} that named no job or role in the graph. */
    public record Unended(String endedBy, String ended) {
    }

    /**
     * Ends the jobs and roles the facts end ({@link #END_FACT}), in the caller's transaction.
     *
     * @param tx    the transaction, after the facts are written
     * @param facts facts, some of which may end earlier ones
     * @return each ended id that is no job or role in the graph, with the fact that names it; empty when all ended
     */
    public static List<Unended> endFacts(Transaction tx, List<Fact> facts) {
        List<Map<String, Object>> rows = endRows(facts);
        if (rows.isEmpty()) {
            return List.of();
        }
        return tx.run(END_FACT, Map.of("rows", rows)).stream().filter(r -> r.longValue("ended_relationships") == 0)
                .map(r -> new Unended(r.string("endedBy"), r.string("ended"))).toList();
    }

    private static List<Map<String, Object>> endRows(List<Fact> facts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Fact fact : facts) {
            for (String ended : fact.ends()) {
                Map<String, Object> row = new HashMap<>();
                row.put("ended", ended);
                row.put("endedBy", fact.id());
                PartialDate end = fact.start();
                row.put("until", end == null ? null : end.value());
                row.put("untilPrecision", end == null ? null : end.precision().name().toLowerCase());
                row.put("validTo", end == null ? null : end.earliest().toString());
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * @param fact             the fact
     * @param evidenceVerified whether its quotes were checked against a source text
     * @return the row of a fact known from its own dates only
     */
    public static Map<String, Object> factRow(Fact fact, boolean evidenceVerified) {
        return factRow(fact, evidenceVerified, null);
    }

    /**
     * The parameter row of a fact: the ids it connects under their field names, {@code factId}, the
     * relationship properties in {@code props}, and the provenance lists {@code sources}, {@code evidence}
     * and {@code evidenceEn} (paired by position, "" where a quote has no English rendering).
     *
     * @param fact             the fact
     * @param evidenceVerified whether its quotes were checked against a source text
     * @param published        the earliest publication date of its sources, or {@code null}: a fact without a
     *                         date of its own is known to hold from then ({@code validFrom}, what as-of filters on)
     * @return the row every statement of {@link #factStatements(FactType)} takes
     */
    public static Map<String, Object> factRow(Fact fact, boolean evidenceVerified, PartialDate published) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("factId", fact.id());
        props.put("attribution", fact.attribution());
        put(props, "reportedBy", fact.reportedBy());
        put(props, "claimedBy", fact.claimedBy());
        put(props, "note", fact.note());
        put(props, "when", fact.when());
        put(props, "whenEn", fact.whenEn());
        putDate(props, "date", fact.date());
        putDate(props, "since", fact.since());
        putDate(props, "until", fact.until());
        // Earliest days of the partial dates, as ISO text that compares in order: what --as-of filters on.
        PartialDate from = fact.start() != null ? fact.start() : published;
        if (fact.until() != null) {
            props.put("validTo", fact.until().earliest().toString());
        }
        if (!fact.ends().isEmpty()) {
            props.put("ends", fact.ends());
        }
        put(props, "confidence", fact.confidence());
        put(props, "rule", fact.rule());
        props.put("evidenceVerified", evidenceVerified);
        Map<String, Object> row = new HashMap<>();
        fact.fields().forEach((name, value) -> {
            if (value instanceof Amount a) {
                putAmount(props, a);
            } else if (isReference(fact.type(), name)) {
                row.put(name, value);
            } else {
                props.put(name, value);
            }
        });
        if (fact.type() == FactType.HIRE) {
            props.put("hiredBy", fact.text("by"));
            put(props, "from", fact.text("from"));
        }
        if (fact.type() == FactType.GROUP_HIRE) {
            props.put("id", fact.id());
            props.put("hiredBy", fact.text("by"));
            put(props, "from", fact.text("from"));
        }
        row.put("factId", fact.id());
        row.put("validFrom", from == null ? null : from.earliest().toString());
        row.put("props", props);
        row.put("sources", fact.sources());
        row.put("evidence", fact.evidence().stream().map(Evidence::quote).toList());
        row.put("evidenceEn", fact.evidence().stream().map(e -> e.en() == null ? "" : e.en()).toList());
        return row;
    }

    /**
     * Collects what a fact can change in the talent flow, for
     * {@link io.talentgraph.schema.TalentFlowAggregate#beforeWrite}: the person of a hire, the group of a group
     * hire, the group it is within, the group a hire counts toward, and the lab a part-of fact puts in a company.
     *
     * @param fact    a fact about to be written
     * @param persons receives person ids
     * @param groups  receives group ids
     * @param parts   receives the ids of organizations put inside another
     */
    public static void flowScope(Fact fact, java.util.Collection<String> persons, java.util.Collection<String> groups,
                                 java.util.Collection<String> parts) {
        if (fact.type() == FactType.HIRE) {
            persons.add(fact.text("person"));
            if (fact.text("group") != null) {
                groups.add(fact.text("group"));
            }
        } else if (fact.type() == FactType.GROUP_HIRE) {
            groups.add(fact.id());
            if (fact.text("within") != null) {
                groups.add(fact.text("within"));
            }
        } else if (fact.type() == FactType.PART_OF) {
            parts.add(fact.text("part"));
        }
    }

    private static boolean isReference(FactType type, String field) {
        return type.fields().stream().anyMatch(f -> f.name().equals(field) && f.kind() == FactType.Kind.REFERENCE);
    }

    private static void run(Transaction tx, Statement statement, List<Map<String, Object>> rows, String dataset) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("rows", rows);
        params.put("dataset", dataset);
        tx.run(statement.cypher(), params);
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static void putDate(Map<String, Object> props, String key, PartialDate date) {
        if (date != null) {
            props.put(key, date.value());
            props.put(key + "Precision", date.precision().name().toLowerCase());
        }
    }

    private static void putAmount(Map<String, Object> props, Amount amount) {
        if (amount == null) {
            return;
        }
        Object value = number(amount.value());
        props.put("amount", value);
        props.put("currency", amount.currency());
        props.put("amountQualifier", amount.qualifier());
        if ("USD".equals(amount.currency())) {
            props.put("amountUsd", value);
        }
    }

    private static Object number(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            return value.doubleValue();
        }
    }
}
