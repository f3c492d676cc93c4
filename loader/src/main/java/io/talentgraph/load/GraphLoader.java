package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.Amount;
import io.talentgraph.dataset.Claim;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.PartialDate;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Product;
import io.talentgraph.dataset.Source;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import io.talentgraph.schema.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a validated {@link Dataset} into the graph in one transaction: all of it or, on any failure,
 * none of it. Loading is idempotent: entities merge by {@code id}, facts by their fact id, and lists
 * (sources, evidence, aliases, datasets) grow by union, so loading a dataset twice leaves the graph as
 * loading it once, and a second dataset that names the same people or facts adds to them.
 */
public final class GraphLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    private final Database database;

    /** @param database where to write */
    public GraphLoader(Database database) {
        this.database = database;
    }

    /**
     * Applies the schema when needed, then writes the dataset.
     *
     * @param dataset a dataset read by {@link io.talentgraph.dataset.DatasetReader}
     * @return what was written
     * @throws InvalidDatasetException when facts are still pending review (see {@link Dataset#acceptingAll()}),
     *                                 or a fact ends a fact that is neither in the dataset nor in the graph;
     *                                 nothing is written then
     */
    public LoadReport load(Dataset dataset) {
        if (!dataset.pendingReview().isEmpty()) {
            throw new InvalidDatasetException(dataset.pendingReview());
        }
        if (GraphSchema.installedVersion(database) < GraphSchema.currentVersion()) {
            GraphSchema.apply(database);
        }
        long started = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        LOG.info("Writing dataset {} ({} facts) in one transaction", dataset.id(), dataset.facts().size());
        long[] created = database.write(tx -> {
            // The database may run this more than once (deadlock, lost leader, restart): count, for the report.
            attempts.incrementAndGet();
            EntityResolution.check(tx, dataset);
            long nodesBefore = count(tx, "MATCH (n) RETURN count(n) AS c");
            long relsBefore = count(tx, "MATCH ()-[r]->() RETURN count(r) AS c");
            writeEntities(tx, dataset);
            writeFacts(tx, dataset);
            endFacts(tx, dataset);
            return new long[] {count(tx, "MATCH (n) RETURN count(n) AS c") - nodesBefore,
                    count(tx, "MATCH ()-[r]->() RETURN count(r) AS c") - relsBefore};
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(dataset.id(), dataset.facts().size(), created[0], created[1], millis,
                attempts.get());
        LOG.info("Loaded dataset {} ({} facts): {} nodes and {} relationships created in {} ms, {} attempt(s)",
                dataset.id(), report.facts(), report.nodesCreated(), report.relationshipsCreated(), millis,
                report.attempts());
        return report;
    }

    private static long count(Transaction tx, String cypher) {
        return tx.run(cypher).get(0).longValue("c");
    }

    // ---- entities -------------------------------------------------------------------------------

    private static final String ADD_DATASET = """
            SET %1$s.datasets = coalesce(%1$s.datasets, []) +
                [d IN [$dataset] WHERE NOT d IN coalesce(%1$s.datasets, [])]
            """;

    /**
     * The first name a node got stays its name; any other name a later dataset gives it (a different
     * spelling, the English or Arabic form) is kept as an alias, so that no load loses a name.
     */
    private static final String NAMED = """
            WITH n, row, n.name AS oldName, n.nameAr AS oldNameAr, coalesce(n.aliases, []) AS oldAliases
            WITH n, row, oldAliases, coalesce(oldName, row.name) AS name, coalesce(oldNameAr, row.nameAr) AS nameAr
            SET n.name = name,
                n.nameAr = nameAr,
                n.aliases = oldAliases + reduce(added = [], a IN row.aliases + [row.name, row.nameAr] |
                    CASE WHEN a IS NULL OR a = name OR a = nameAr OR a IN oldAliases OR a IN added
                         THEN added ELSE added + a END),
                n.distinctFrom = CASE WHEN size(row.distinctFrom) = 0 THEN n.distinctFrom
                    ELSE coalesce(n.distinctFrom, []) + [d IN row.distinctFrom WHERE NOT d IN coalesce(n.distinctFrom, [])] END
            """ + ADD_DATASET.formatted("n");

    private static final String MERGE_SOURCES = """
            UNWIND $rows AS row
            MERGE (n:Source {id: row.id})
            SET n += row.props
            """ + ADD_DATASET.formatted("n");

    private static final String MERGE_CITES = """
            UNWIND $rows AS row
            MATCH (citing:Source {id: row.citing}), (cited:Source {id: row.cited})
            MERGE (citing)-[:CITES]->(cited)
            """;

    private static final String MERGE_PEOPLE = "UNWIND $rows AS row MERGE (n:Person {id: row.id}) " + NAMED;

    private static final String MERGE_APPEARED_IN = """
            UNWIND $rows AS row
            MATCH (p:Person {id: row.person}), (s:Source {id: row.source})
            MERGE (p)-[:APPEARED_IN]->(s)
            """;

    private static final String MERGE_ORGANIZATIONS = """
            UNWIND $rows AS row
            MERGE (n:Organization {id: row.id})
            SET n.description = coalesce(row.description, n.description),
                n.descriptionAr = coalesce(row.descriptionAr, n.descriptionAr)
            """ + NAMED;

    private static final String MERGE_PRODUCTS = """
            UNWIND $rows AS row
            MERGE (n:Product {id: row.id})
            SET n.kind = coalesce(row.kind, n.kind)
            """ + NAMED;

    private static final String MERGE_CLAIMS = """
            UNWIND $rows AS row
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
            """;

    private void writeEntities(Transaction tx, Dataset dataset) {
        String ds = dataset.id();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> cites = new ArrayList<>();
        List<Map<String, Object>> appearances = new ArrayList<>();
        for (Source s : dataset.sources()) {
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
            put(props, "hasText", dataset.texts().containsKey(s.id()));
            sources.add(Map.of("id", s.id(), "props", props));
            s.citedBy().forEach(c -> cites.add(Map.of("citing", c, "cited", s.id())));
            s.participants().forEach(p -> appearances.add(Map.of("person", p, "source", s.id())));
        }
        tx.run(MERGE_SOURCES, Map.of("rows", sources, "dataset", ds));
        tx.run(MERGE_CITES, Map.of("rows", cites));

        List<Map<String, Object>> people = new ArrayList<>();
        for (Person p : dataset.people()) {
            people.add(named(dataset, p.id(), p.name(), p.nameAr(), p.aliases()));
        }
        tx.run(MERGE_PEOPLE, Map.of("rows", people, "dataset", ds));
        for (String role : List.of("executive", "researcher")) {
            NodeLabel label = role.equals("executive") ? NodeLabel.EXECUTIVE : NodeLabel.RESEARCHER;
            List<String> ids = dataset.people().stream().filter(p -> p.roles().contains(role))
                    .map(p -> dataset.graphId(p.id())).toList();
            tx.run("UNWIND $ids AS id MATCH (n:Person {id: id}) SET n:" + label.cypherName(), Map.of("ids", ids));
        }
        tx.run(MERGE_APPEARED_IN, Map.of("rows", appearances));

        List<Map<String, Object>> orgs = new ArrayList<>();
        for (Organization o : dataset.organizations()) {
            Map<String, Object> row = named(dataset, o.id(), o.name(), o.nameAr(), o.aliases());
            row.put("description", o.description());
            row.put("descriptionAr", o.descriptionAr());
            orgs.add(row);
        }
        tx.run(MERGE_ORGANIZATIONS, Map.of("rows", orgs, "dataset", ds));
        for (String kind : List.of("company", "lab")) {
            NodeLabel label = kind.equals("company") ? NodeLabel.COMPANY : NodeLabel.LAB;
            NodeLabel other = kind.equals("company") ? NodeLabel.LAB : NodeLabel.COMPANY;
            List<String> ids = dataset.organizations().stream().filter(o -> o.kind().equals(kind))
                    .map(o -> dataset.graphId(o.id())).toList();
            tx.run("UNWIND $ids AS id MATCH (n:Organization {id: id}) SET n:" + label.cypherName()
                    + " REMOVE n:" + other.cypherName(), Map.of("ids", ids));
        }

        List<Map<String, Object>> products = new ArrayList<>();
        for (Product p : dataset.products()) {
            Map<String, Object> row = named(dataset, p.id(), p.name(), p.nameAr(), p.aliases());
            row.put("kind", p.kind());
            products.add(row);
        }
        tx.run(MERGE_PRODUCTS, Map.of("rows", products, "dataset", ds));

        List<Map<String, Object>> claims = new ArrayList<>();
        for (Claim c : dataset.claims()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", c.kind());
            props.put("summary", c.summary());
            putAmount(props, c.amount());
            claims.add(Map.of("id", c.id(), "props", props, "about", c.about()));
        }
        tx.run(MERGE_CLAIMS, Map.of("rows", claims, "dataset", ds));
    }

    private static Map<String, Object> named(Dataset dataset, String id, String name, String nameAr,
                                             List<String> aliases) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", dataset.graphId(id));
        row.put("distinctFrom", dataset.distinctFrom().getOrDefault(id, List.of()));
        row.put("name", name);
        row.put("nameAr", nameAr);
        row.put("aliases", aliases);
        return row;
    }

    // ---- facts ----------------------------------------------------------------------------------

    /** Scalars are replaced by the latest load; provenance lists grow by union, keeping quotes paired. */
    private static final String SET_FACT = """
            SET %1$s += row.props
            // another source may know the fact from a later date: it began by the earliest one anyone gives
            SET %1$s.validFrom = CASE WHEN row.validFrom IS NULL THEN %1$s.validFrom
                                      WHEN %1$s.validFrom IS NULL OR row.validFrom < %1$s.validFrom THEN row.validFrom
                                      ELSE %1$s.validFrom END
            WITH *, [i IN range(0, size(row.evidence) - 1) WHERE NOT row.evidence[i] IN coalesce(%1$s.evidence, [])] AS fresh
            SET %1$s.evidence = coalesce(%1$s.evidence, []) + [i IN fresh | row.evidence[i]],
                %1$s.evidenceEn = coalesce(%1$s.evidenceEn, []) + [i IN fresh | row.evidenceEn[i]],
                %1$s.sources = coalesce(%1$s.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(%1$s.sources, [])]
            """ + ADD_DATASET.formatted("%1$s");

    /** A role a later dataset ended stays ended when the dataset that stated it is loaded again. */
    private static final String KEEP_ENDED = "WITH r SET r.current = CASE WHEN r.endedBy IS NULL THEN r.current ELSE false END\n";

    private static String factStatement(String match, String merge, String variable) {
        return "UNWIND $rows AS row\n" + match + "\n" + merge + "\n" + SET_FACT.formatted(variable);
    }

    private static final Map<FactType, List<String>> STATEMENTS = Map.ofEntries(
            Map.entry(FactType.HIRE, List.of(
                    factStatement("MATCH (p:Person {id: row.person}), (o:Organization {id: row.from})",
                            "MERGE (p)-[r:HIRED_FROM {factId: row.factId}]->(o)", "r"),
                    factStatement("MATCH (p:Person {id: row.person}), (o:Organization {id: row.by})",
                            "MERGE (p)-[r:WORKS_AT {factId: row.factId}]->(o)\nSET r.current = r.endedBy IS NULL, r.title = row.props.title", "r"),
                    factStatement("MATCH (p:Person {id: row.person}), (g:HiringGroup {id: row.group})",
                            "MERGE (g)-[r:INCLUDES {factId: row.factId}]->(p)", "r"))),
            Map.entry(FactType.WORKS_AT, List.of(factStatement(
                    "MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})",
                    "MERGE (p)-[r:WORKS_AT {factId: row.factId}]->(o)", "r") + KEEP_ENDED)),
            Map.entry(FactType.LEADS, List.of(factStatement(
                    "MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})",
                    "MERGE (p)-[r:LEADS {factId: row.factId}]->(o)", "r") + KEEP_ENDED)),
            Map.entry(FactType.INVESTMENT, List.of(factStatement("""
                    OPTIONAL MATCH (io:Organization {id: row.investor})
                    OPTIONAL MATCH (ip:Person {id: row.investor})
                    WITH row, coalesce(io, ip) AS investor
                    MATCH (t:Organization {id: row.target})""",
                    "MERGE (investor)-[r:INVESTED_IN {factId: row.factId}]->(t)", "r"))),
            Map.entry(FactType.PART_OF, List.of(factStatement(
                    "MATCH (a:Organization {id: row.part}), (b:Organization {id: row.whole})",
                    "MERGE (a)-[r:PART_OF {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.HIRING_ATTEMPT, List.of(factStatement(
                    "MATCH (o:Organization {id: row.organization}), (p:Person {id: row.person})",
                    "MERGE (o)-[r:TRIED_TO_HIRE {factId: row.factId}]->(p)", "r"))),
            Map.entry(FactType.GROUP_HIRE, List.of(
                    factStatement("MATCH (o:Organization {id: row.by})",
                            "MERGE (g:HiringGroup {id: row.factId})", "g"),
                    factStatement("MATCH (g:HiringGroup {id: row.factId}), (o:Organization {id: row.by})",
                            "MERGE (g)-[r:HIRED_BY {factId: row.factId}]->(o)", "r"),
                    factStatement("MATCH (g:HiringGroup {id: row.factId}), (o:Organization {id: row.from})",
                            "MERGE (g)-[r:HIRED_FROM {factId: row.factId}]->(o)", "r"),
                    factStatement("MATCH (g:HiringGroup {id: row.factId}), (parent:HiringGroup {id: row.within})",
                            "MERGE (parent)-[r:INCLUDES {factId: row.factId}]->(g)", "r"))),
            Map.entry(FactType.CLAIMED, List.of(factStatement(
                    "MATCH (p:Person {id: row.person}), (c:Claim {id: row.claim})",
                    "MERGE (p)-[r:CLAIMED {factId: row.factId}]->(c)", "r"))),
            Map.entry(FactType.SIBLING, List.of(factStatement(
                    "MATCH (a:Person {id: row.person}), (b:Person {id: row.sibling})",
                    "MERGE (a)-[r:SIBLING_OF {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.PARTNERS, List.of(factStatement(
                    "MATCH (a:Person {id: row.person}), (b:Person {id: row.partner})",
                    "MERGE (a)-[r:PARTNERS_WITH {factId: row.factId}]->(b)", "r"))),
            Map.entry(FactType.DEVELOPS, List.of(factStatement(
                    "MATCH (o:Organization {id: row.organization}), (p:Product {id: row.product})",
                    "MERGE (o)-[r:DEVELOPS {factId: row.factId}]->(p)", "r"))));

    private void writeFacts(Transaction tx, Dataset dataset) {
        // Group hires first: hires refer to their groups.
        List<FactType> order = new ArrayList<>(List.of(FactType.GROUP_HIRE));
        for (FactType t : FactType.values()) {
            if (t != FactType.GROUP_HIRE) {
                order.add(t);
            }
        }
        for (FactType type : order) {
            List<Map<String, Object>> rows = dataset.facts(type).stream().map(f -> row(f, dataset)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            for (String statement : STATEMENTS.get(type)) {
                tx.run(statement, Map.of("rows", rows, "dataset", dataset.id()));
            }
        }
    }

    // ---- facts that end earlier facts ---------------------------------------------------------------

    /**
     * Ends a job or a role without deleting it: it becomes former, gets the ending fact's date as its end
     * (earliest day in {@code validTo}) unless it already had one, and remembers which fact ended it.
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

    private void endFacts(Transaction tx, Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Fact fact : dataset.facts()) {
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
        if (rows.isEmpty()) {
            return;
        }
        List<DatasetProblem> missing = new ArrayList<>();
        for (var result : tx.run(END_FACT, Map.of("rows", rows))) {
            if (result.longValue("ended_relationships") == 0) {
                String by = result.string("endedBy");
                missing.add(new DatasetProblem(dataset.origin(), dataset.line(by), 0, "ends",
                        "fact " + by + " ends '" + result.string("ended") + "', which is no job or role in this dataset "
                                + "or in the graph: load the dataset that states it first, or fix the id"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidDatasetException(missing);
        }
    }

    private static Map<String, Object> row(Fact fact, Dataset dataset) {
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
        // Earliest days of the partial dates, as ISO text that compares in order: what --as-of filters on. A
        // fact without a date is known to hold from the publication of its earliest dated source, if any.
        PartialDate from = fact.start() != null ? fact.start() : published(fact, dataset);
        if (fact.until() != null) {
            props.put("validTo", fact.until().earliest().toString());
        }
        if (!fact.ends().isEmpty()) {
            props.put("ends", fact.ends());
        }
        put(props, "confidence", fact.confidence());
        put(props, "rule", fact.rule());
        props.put("evidenceVerified", fact.sources().stream().anyMatch(dataset.texts()::containsKey));
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

    private static PartialDate published(Fact fact, Dataset dataset) {
        return dataset.sources().stream().filter(s -> fact.sources().contains(s.id()) && s.published() != null)
                .map(Source::published).min(java.util.Comparator.comparing(PartialDate::earliest)).orElse(null);
    }

    private static boolean isReference(FactType type, String field) {
        return type.fields().stream().anyMatch(f -> f.name().equals(field) && f.kind() == FactType.Kind.REFERENCE);
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
