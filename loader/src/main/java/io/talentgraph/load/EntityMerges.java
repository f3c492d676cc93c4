package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.CrossScriptNames;
import io.talentgraph.dataset.NameKeys;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import io.talentgraph.schema.TalentFlowAggregate;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One entity, one node, after the fact: finds the people, organizations and products the graph holds twice,
 * merges two of them into one, and undoes a merge exactly.
 *
 * <p>A merge is data, not a rewrite. The merged entity's node stays with all its properties, only its labels
 * are taken away (it becomes {@code :MergedEntity}, which no query reads); each of its relationships moves to the
 * kept entity, marked {@code mergedFrom} with the merge's id; the kept entity gains the other's names as aliases,
 * its datasets and its role labels; and a {@code :Merge} node records who, why, when and each of these additions.
 * {@link #unmerge} reverses each step from that record, so the graph returns to what it was, and the record stays
 * as the audit trail. Facts, quotes and sources of both entities survive either way; the talent flow counts a
 * merged person once (see {@link TalentFlowAggregate}), kept up to date by either operation.
 *
 * <p>What a merge will not do: merge entities of different kinds, entities a dataset declared
 * {@code distinctFrom} each other, entities linked to each other by a fact (a person is not their own sibling), or
 * an entity merged already. An unmerge must undo merges in the reverse order of the ones that build on it. The
 * loader refuses a dataset that introduces a merged id again, and names the merge.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class EntityMerges {

    private static final Logger LOG = LoggerFactory.getLogger(EntityMerges.class);

    private static final List<NodeLabel> KINDS = List.of(NodeLabel.PERSON, NodeLabel.ORGANIZATION, NodeLabel.PRODUCT);

    /** The labels an entity can carry: the only ones a merge takes away and an unmerge gives back. */
    private static final List<NodeLabel> ENTITY_LABELS = List.of(NodeLabel.PERSON, NodeLabel.EXECUTIVE,
            NodeLabel.RESEARCHER, NodeLabel.ORGANIZATION, NodeLabel.COMPANY, NodeLabel.LAB, NodeLabel.PRODUCT);

    private static final int PAGE = 500;

    private static final String ENTITY = """
            OPTIONAL MATCH (p:Person {id: $id})
            OPTIONAL MATCH (o:Organization {id: $id})
            OPTIONAL MATCH (x:Product {id: $id})
            WITH coalesce(p, o, x) AS n
            OPTIONAL MATCH (m:Merge {merged: $id}) WHERE m.undoneAt IS NULL
            RETURN n IS NOT NULL AS found, labels(n) AS labels, n.name AS name, n.nameAr AS nameAr,
                   coalesce(n.aliases, []) AS aliases, coalesce(n.datasets, []) AS datasets,
                   coalesce(n.distinctFrom, []) AS distinctFrom, m.id AS mergedBy, m.kept AS mergedInto
            """;

    private static final String PAGE_OF_ENTITIES = """
            MATCH (n:%s) WHERE n.id > $after
            RETURN n.id AS id, n.name AS name, n.nameAr AS nameAr, coalesce(n.aliases, []) AS aliases,
                   coalesce(n.distinctFrom, []) AS distinctFrom
            ORDER BY n.id LIMIT $page
            """;

    /** The relationship types of the model: the only ones a merge moves, named in Cypher by the moved relationship. */
    private static final List<String> RELATIONSHIP_TYPES = java.util.Arrays.stream(RelType.values())
            .map(RelType::cypherName).toList();

    /**
     * Moves every relationship of the model's types between the node {@code $from} and the node {@code $to}, each
     * recreated with its properties; a merge pushes its id onto {@code mergedFrom}, an unmerge moves only the
     * relationships whose last {@code mergedFrom} is its id and pops it.
     *
     * @param fromLabel the label the node that loses its relationships has now
     * @param toLabel   the label of the node that gains them
     * @param outgoing  relationships starting at the node, or ending there
     * @param undo      an unmerge rather than a merge
     */
    private static String move(NodeLabel fromLabel, NodeLabel toLabel, boolean outgoing, boolean undo) {
        return """
                MATCH %1$s WHERE type(r) IN $types %2$s
                MATCH (to:%3$s {id: $to})
                CREATE %4$s
                SET n = properties(r), n.mergedFrom = %5$s
                DELETE r
                RETURN count(n) AS n
                """.formatted(
                (outgoing ? "(from:%s {id: $from})-[r]->(x)" : "(x)-[r]->(from:%s {id: $from})").formatted(fromLabel.cypherName()),
                undo ? "AND last(r.mergedFrom) = $id" : "",
                toLabel.cypherName(),
                outgoing ? "(to)-[n:$(type(r))]->(x)" : "(x)-[n:$(type(r))]->(to)",
                undo ? "CASE WHEN size(r.mergedFrom) > 1 THEN r.mergedFrom[..-1] END" : "coalesce(r.mergedFrom, []) + [$id]");
    }

    private final Database db;
    private final Clock clock;

    /** @param db the graph */
    public EntityMerges(Database db) {
        this(db, Clock.systemUTC());
    }

    EntityMerges(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- finding ------------------------------------------------------------------------------

    /**
     * Pairs of entities of the same kind whose names the loader's duplicate check would take as one entity's (the
     * same rules, across scripts too), best first. Pairs a dataset declared {@code distinctFrom} are left out. Asks
     * the name index once per entity, a page of entities per query.
     *
     * @param limit at most this many pairs
     * @return the pairs, closest first
     */
    public List<LikelyDuplicate> likelyDuplicates(int limit) {
        List<LikelyDuplicate> pairs = new ArrayList<>();
        for (NodeLabel label : KINDS) {
            String after = "";
            while (true) {
                String from = after;
                List<Row> page = db.read(tx -> tx.run(PAGE_OF_ENTITIES.formatted(label.cypherName()),
                        Map.of("after", from, "page", PAGE)));
                if (page.isEmpty()) {
                    break;
                }
                pairs.addAll(duplicatesIn(label, page));
                after = page.get(page.size() - 1).string("id");
            }
        }
        pairs.sort(Comparator.comparingDouble(LikelyDuplicate::score).reversed()
                .thenComparing(LikelyDuplicate::firstId).thenComparing(LikelyDuplicate::secondId));
        return List.copyOf(pairs.subList(0, Math.min(limit, pairs.size())));
    }

    private List<LikelyDuplicate> duplicatesIn(NodeLabel label, List<Row> page) {
        Map<String, Row> byId = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : page) {
            String query = EntityResolution.luceneQuery(EntityResolution.names(r));
            if (!query.isEmpty()) {
                byId.put(r.string("id"), r);
                rows.add(Map.of("id", r.string("id"), "query", query, "distinctFrom", r.strings("distinctFrom")));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<LikelyDuplicate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Row c : db.read(tx -> EntityResolution.candidates(tx, label, rows))) {
            if (c.string("id").compareTo(c.string("entry")) < 0) {
                continue; // each pair once, from the entity whose id sorts first
            }
            Row e = byId.get(c.string("entry"));
            List<String> mine = EntityResolution.names(e);
            List<String> theirs = EntityResolution.names(c);
            Optional<String> why = NameKeys.likelySame(mine, theirs);
            if (why.isPresent() && seen.add(e.string("id") + ">" + c.string("id"))) {
                out.add(new LikelyDuplicate(label.cypherName(), e.string("id"), e.string("name"), c.string("id"),
                        c.string("name"), closest(mine, theirs), why.get()));
            }
        }
        return out;
    }

    private static double closest(List<String> a, List<String> b) {
        double best = 0;
        for (String x : a) {
            for (String y : b) {
                best = Math.max(best, NameKeys.key(x).equals(NameKeys.key(y)) ? 1 : CrossScriptNames.similarity(x, y));
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    // ---- merging ------------------------------------------------------------------------------

    /**
     * Merges one entity into another of the same kind, in one transaction.
     *
     * @param keptId   the id that remains
     * @param mergedId the id merged into it
     * @param reason   why, for the audit trail (required: a merge nobody can explain cannot be reviewed)
     * @return the record of the merge; its id undoes it
     * @throws MergeRefusedException when either is missing, they differ in kind, a dataset declared them distinct,
     *                               a fact links them, or one was merged already; nothing is written then
     */
    public MergeRecord merge(String keptId, String mergedId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MergeRefusedException("Say why '" + mergedId + "' is '" + keptId + "' (a reason is required): the "
                    + "merge is kept as an audit trail, and a reviewer needs the evidence.");
        }
        if (keptId.equals(mergedId)) {
            throw new MergeRefusedException("'" + keptId + "' and '" + mergedId + "' are the same id: nothing to merge.");
        }
        String id = "merge-" + UUID.randomUUID().toString().substring(0, 8);
        String at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        MergeRecord record = db.write(tx -> merge(tx, id, at, keptId, mergedId, reason.strip()));
        TalentFlowAggregate.rebuildStale(db);
        LOG.info("Merged {} '{}' into '{}' ({}), moving {} relationships", record.kind(), mergedId, keptId, id,
                record.relationships());
        return record;
    }

    private MergeRecord merge(Transaction tx, String id, String at, String keptId, String mergedId, String reason) {
        Row kept = entity(tx, keptId, "keep");
        Row merged = entity(tx, mergedId, "merge");
        NodeLabel kind = kindOf(kept);
        if (kind != kindOf(merged)) {
            throw new MergeRefusedException("'" + keptId + "' is a " + kind.cypherName() + " and '" + mergedId + "' a "
                    + kindOf(merged).cypherName() + ": only entities of one kind can be merged.");
        }
        if (kept.strings("distinctFrom").contains(mergedId) || merged.strings("distinctFrom").contains(keptId)) {
            throw new MergeRefusedException("A dataset declared '" + keptId + "' and '" + mergedId + "' distinctFrom "
                    + "each other. If that declaration is wrong, correct the dataset and load it again first.");
        }
        List<String> links = tx.run("""
                MATCH (a:%1$s {id: $kept})-[r]-(b:%1$s {id: $merged}) RETURN DISTINCT type(r) AS type ORDER BY type
                """.formatted(kind.cypherName()), Map.of("kept", keptId, "merged", mergedId))
                .stream().map(r -> r.string("type")).toList();
        if (!links.isEmpty()) {
            throw new MergeRefusedException("'" + keptId + "' and '" + mergedId + "' are linked by " + String.join(", ", links)
                    + ": the graph says they are two. Correct those facts first if they are one.");
        }

        List<String> keptLabels = kept.strings("labels");
        List<String> addedLabels = merged.strings("labels").stream().filter(l -> !keptLabels.contains(l)).toList();
        Set<String> keptNames = new LinkedHashSet<>(EntityResolution.names(kept));
        boolean addedNameAr = kept.string("nameAr") == null && merged.string("nameAr") != null;
        if (addedNameAr) {
            keptNames.add(merged.string("nameAr"));
        }
        List<String> addedAliases = EntityResolution.names(merged).stream().filter(n -> !keptNames.contains(n)).distinct().toList();
        List<String> addedDatasets = merged.strings("datasets").stream()
                .filter(d -> !kept.strings("datasets").contains(d)).toList();

        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("kept", keptId);
        p.put("merged", mergedId);
        p.put("nameAr", merged.string("nameAr"));
        p.put("addedNameAr", addedNameAr);
        p.put("addedLabels", addedLabels);
        p.put("addedAliases", addedAliases);
        p.put("addedDatasets", addedDatasets);
        TalentFlowAggregate.Update flow = flowUpdate(tx, kind, keptId, mergedId);
        tx.run("""
                MATCH (b:%1$s {id: $merged})
                REMOVE b:%2$s
                SET b:%3$s
                """.formatted(kind.cypherName(), allEntityLabels(), NodeLabel.MERGED_ENTITY.cypherName()), p);
        tx.run("""
                MATCH (a:%1$s {id: $kept})
                SET a.nameAr = CASE WHEN $addedNameAr THEN $nameAr ELSE a.nameAr END,
                    a.aliases = CASE WHEN size($addedAliases) = 0 THEN a.aliases ELSE coalesce(a.aliases, []) + $addedAliases END,
                    a.datasets = CASE WHEN size($addedDatasets) = 0 THEN a.datasets ELSE coalesce(a.datasets, []) + $addedDatasets END
                """.formatted(kind.cypherName()) + setLabels("a", "$addedLabels"), p);
        Map<String, Object> moves = Map.of("types", RELATIONSHIP_TYPES, "from", mergedId, "to", keptId, "id", id);
        long moved = count(tx.run(move(NodeLabel.MERGED_ENTITY, kind, true, false), moves))
                + count(tx.run(move(NodeLabel.MERGED_ENTITY, kind, false, false), moves));
        // Hires name their hirer and origin by id, on their relationships and group nodes: those ids follow the merge.
        for (String property : List.of("hiredBy", "from")) {
            p.put(property + "Facts", List.of());
            p.put(property + "Groups", List.of());
            if (kind == NodeLabel.ORGANIZATION) {
                p.put(property + "Facts", tx.run("""
                        MATCH ()-[r]->() WHERE r.%1$s = $merged SET r.%1$s = $kept
                        RETURN collect(DISTINCT r.factId) AS ids""".formatted(property), p).get(0).strings("ids"));
                p.put(property + "Groups", tx.run("""
                        MATCH (g:%2$s) WHERE g.%1$s = $merged SET g.%1$s = $kept
                        RETURN collect(g.id) AS ids""".formatted(property, NodeLabel.HIRING_GROUP.cypherName()), p)
                        .get(0).strings("ids"));
            }
        }
        p.put("kind", kind.cypherName());
        p.put("reason", reason);
        p.put("at", at);
        p.put("labels", merged.strings("labels"));
        p.put("moved", moved);
        tx.run("""
                OPTIONAL MATCH (earlier:%1$s)
                WITH count(earlier) AS earlier
                CREATE (m:%1$s {id: $id, sequence: earlier + 1, kind: $kind, kept: $kept, merged: $merged, reason: $reason, at: $at,
                              labels: $labels, addedLabels: $addedLabels, addedAliases: $addedAliases,
                              addedDatasets: $addedDatasets, addedNameAr: $addedNameAr, relationships: $moved,
                              hiredByFacts: $hiredByFacts, fromFacts: $fromFacts,
                              hiredByGroups: $hiredByGroups, fromGroups: $fromGroups})
                """.formatted(NodeLabel.MERGE.cypherName()), p);
        flow.afterWrite(tx);
        return new MergeRecord(id, kind.cypherName(), keptId, mergedId, reason, at, null, moved);
    }

    /**
     * The talent flow kept correct through a merge or an unmerge, in the same transaction: for two people, the
     * aggregate's own update of the units they reach (what a load does); for two organizations, whose ids every
     * row and hire may name, the aggregate is marked stale and rebuilt after the commit; products count in no flow.
     */
    private static TalentFlowAggregate.Update flowUpdate(Transaction tx, NodeLabel kind, String kept, String merged) {
        if (kind == NodeLabel.ORGANIZATION) {
            TalentFlowAggregate.markStale(tx);
        }
        List<String> people = kind == NodeLabel.PERSON ? List.of(kept, merged) : List.of();
        return TalentFlowAggregate.beforeWrite(tx, people, List.of(), List.of());
    }

    private static Row entity(Transaction tx, String id, String role) {
        Row r = tx.run(ENTITY, Map.of("id", id)).get(0);
        if (Boolean.TRUE.equals(r.bool("found"))) {
            return r;
        }
        if (r.string("mergedBy") != null) {
            throw new MergeRefusedException("'" + id + "' was merged into '" + r.string("mergedInto") + "' ("
                    + r.string("mergedBy") + "): " + role + " '" + r.string("mergedInto") + "' instead, or undo merge "
                    + r.string("mergedBy") + " first.", r.string("mergedBy"));
        }
        throw new MergeRefusedException("No person, organization or product has the id '" + id + "'. Find ids among the "
                + "likely duplicates, or by searching for the name.");
    }

    private static NodeLabel kindOf(Row entity) {
        List<String> labels = entity.strings("labels");
        return KINDS.stream().filter(k -> labels.contains(k.cypherName())).findFirst().orElseThrow();
    }

    private static String allEntityLabels() {
        return ENTITY_LABELS.stream().map(NodeLabel::cypherName).collect(Collectors.joining(":"));
    }

    /** Sets, or with {@code remove}, removes each label of the model that the list parameter names. */
    private static String setLabels(String variable, String list) {
        return ENTITY_LABELS.stream().map(l -> "\nFOREACH (_ IN CASE WHEN '%1$s' IN %2$s THEN [1] ELSE [] END | SET %3$s:%1$s)"
                .formatted(l.cypherName(), list, variable)).collect(Collectors.joining());
    }

    private static String removeLabels(String variable, String list) {
        return ENTITY_LABELS.stream().map(l -> "\nFOREACH (_ IN CASE WHEN '%1$s' IN %2$s THEN [1] ELSE [] END | REMOVE %3$s:%1$s)"
                .formatted(l.cypherName(), list, variable)).collect(Collectors.joining());
    }

    private static long count(List<Row> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).longValue("n");
    }

    // ---- unmerging ----------------------------------------------------------------------------

    /**
     * Undoes a merge: the merged entity gets its labels and relationships back, the kept one loses what the merge
     * gave it, and the record is marked undone (and kept).
     *
     * @param mergeId the id {@link #merge} returned, or {@link #history} lists
     * @return the record, now undone
     * @throws MergeRefusedException when the merge is unknown or undone already, or a later merge builds on it
     */
    public MergeRecord unmerge(String mergeId) {
        String at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        MergeRecord record = db.write(tx -> unmerge(tx, mergeId, at));
        TalentFlowAggregate.rebuildStale(db);
        LOG.info("Undid merge {}: '{}' is apart from '{}' again", mergeId, record.merged(), record.kept());
        return record;
    }

    private MergeRecord unmerge(Transaction tx, String mergeId, String at) {
        List<Row> found = tx.run("MATCH (m:%s {id: $id}) RETURN properties(m) AS m"
                .formatted(NodeLabel.MERGE.cypherName()), Map.of("id", mergeId));
        if (found.isEmpty()) {
            throw new MergeRefusedException("No merge has the id '" + mergeId + "'. The merge history lists them.");
        }
        Map<String, Object> m = found.get(0).map("m");
        MergeRecord record = record(m);
        if (!record.live()) {
            throw new MergeRefusedException("Merge " + mergeId + " was undone already, at " + record.undoneAt() + ".");
        }
        NodeLabel kind = KINDS.stream().filter(k -> k.cypherName().equals(record.kind())).findFirst().orElseThrow();
        Map<String, Object> p = new HashMap<>(m);
        Row kept = tx.run(ENTITY, Map.of("id", record.kept())).get(0);
        if (!Boolean.TRUE.equals(kept.bool("found"))) {
            throw new MergeRefusedException("'" + record.kept() + "' was itself merged since (" + kept.string("mergedBy")
                    + "): undo merge " + kept.string("mergedBy") + " first.", kept.string("mergedBy"));
        }
        List<String> later = tx.run("""
                MATCH (a:%s {id: $kept})-[r]-() WHERE $id IN coalesce(r.mergedFrom, []) AND last(r.mergedFrom) <> $id
                RETURN DISTINCT last(r.mergedFrom) AS later""".formatted(kind.cypherName()), p)
                .stream().map(r -> r.string("later")).toList();
        if (!later.isEmpty()) {
            throw new MergeRefusedException("Merge " + mergeId + " is built on by " + String.join(", ", later)
                    + ": undo merge " + later.get(0) + " first.", later.get(0));
        }
        if (!tx.run("MATCH (n:%s {id: $merged}) RETURN n.id AS id".formatted(kind.cypherName()), p).isEmpty()) {
            throw new MergeRefusedException("A new " + kind.cypherName() + " with the id '" + record.merged()
                    + "' was written since the merge: merge it into '" + record.kept() + "' or remove it first.");
        }
        TalentFlowAggregate.Update flow = flowUpdate(tx, kind, record.kept(), record.merged());
        tx.run("""
                MATCH (b:%1$s {id: $merged})
                REMOVE b:%1$s
                """.formatted(NodeLabel.MERGED_ENTITY.cypherName()) + setLabels("b", "$labels"), p);
        Map<String, Object> moves = Map.of("types", RELATIONSHIP_TYPES, "from", record.kept(), "to", record.merged(),
                "id", mergeId);
        tx.run(move(kind, kind, true, true), moves);
        tx.run(move(kind, kind, false, true), moves);
        tx.run("""
                MATCH (a:%1$s {id: $kept})
                WITH a, [x IN coalesce(a.aliases, []) WHERE NOT x IN $addedAliases] AS aliases,
                     [d IN coalesce(a.datasets, []) WHERE NOT d IN $addedDatasets] AS datasets
                SET a.nameAr = CASE WHEN $addedNameAr THEN null ELSE a.nameAr END,
                    a.aliases = CASE WHEN size(aliases) > 0 THEN aliases END,
                    a.datasets = CASE WHEN size($addedDatasets) = 0 THEN a.datasets ELSE datasets END
                """.formatted(kind.cypherName()) + removeLabels("a", "$addedLabels"), p);
        for (String property : List.of("hiredBy", "from")) {
            tx.run("MATCH ()-[r]->() WHERE r.factId IN $%1$sFacts AND r.%1$s = $kept SET r.%1$s = $merged"
                    .formatted(property), p);
            tx.run("MATCH (g:%2$s) WHERE g.id IN $%1$sGroups AND g.%1$s = $kept SET g.%1$s = $merged"
                    .formatted(property, NodeLabel.HIRING_GROUP.cypherName()), p);
        }
        tx.run("MATCH (m:%s {id: $id}) SET m.undoneAt = $at".formatted(NodeLabel.MERGE.cypherName()),
                Map.of("id", mergeId, "at", at));
        flow.afterWrite(tx);
        return new MergeRecord(record.id(), record.kind(), record.kept(), record.merged(), record.reason(),
                record.mergedAt(), at, record.relationships());
    }

    // ---- history ------------------------------------------------------------------------------

    /** @return every merge the graph records, live and undone, oldest first */
    public List<MergeRecord> history() {
        return db.read(tx -> tx.run("MATCH (m:%s) RETURN properties(m) AS m ORDER BY m.sequence"
                .formatted(NodeLabel.MERGE.cypherName()))).stream().map(r -> record(r.map("m"))).toList();
    }

    private static MergeRecord record(Map<String, Object> m) {
        return new MergeRecord((String) m.get("id"), (String) m.get("kind"), (String) m.get("kept"),
                (String) m.get("merged"), (String) m.get("reason"), (String) m.get("at"), (String) m.get("undoneAt"),
                ((Number) m.getOrDefault("relationships", 0L)).longValue());
    }
}
