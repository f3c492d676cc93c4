package io.talentgraph.export;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import io.talentgraph.schema.TalentFlowAggregate;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every node and relationship of the graph, detached from the database, in a stable order. The
 * schema-version node is left out (see the package documentation), and so are properties holding an
 * empty list, which the bulk importer cannot write and TalentGraph reads as absent.
 *
 * @param nodes         nodes ordered by key
 * @param relationships relationships ordered by type, start, end and fact id
 */
public record GraphSnapshot(List<ExportNode> nodes, List<ExportRelationship> relationships) {

    /** The labels that name what a node is, in the order they are looked for; the first found is the main label. */
    private static final List<String> MAIN_LABELS = List.of(NodeLabel.PERSON.cypherName(),
            NodeLabel.ORGANIZATION.cypherName(), NodeLabel.HIRING_GROUP.cypherName(), NodeLabel.CLAIM.cypherName(),
            NodeLabel.PRODUCT.cypherName(), NodeLabel.SOURCE.cypherName());

    private static final int BATCH = 5_000;

    /**
     * Defensive copies.
     *
     * @param nodes         nodes ordered by key
     * @param relationships relationships ordered by type, start, end and fact id
     */
    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    /** Facts only: the schema version and the pre-computed talent flow are rebuilt from them after an import. */
    static final String READ_NODES = """
            MATCH (n) WHERE %s
            RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props
            """.formatted(NodeLabel.notBookkeeping("n"));

    static final String READ_RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE %s AND %s
            RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
            """.formatted(NodeLabel.notBookkeeping("a"), NodeLabel.notBookkeeping("b"));

    /**
     * Reads the whole graph in one read transaction.
     *
     * @param db the database
     * @return the snapshot
     */
    public static GraphSnapshot read(Database db) {
        return db.read(tx -> {
            Map<String, String> keys = new HashMap<>();
            java.util.Set<String> taken = new java.util.HashSet<>();
            List<ExportNode> nodes = new ArrayList<>();
            for (Row r : tx.run(READ_NODES)) {
                List<String> labels = mainLabelFirst(r.strings("labels"));
                Map<String, Object> props = plainProperties(r.map("props"));
                Object id = props.get("id");
                String key = labels.get(0) + ":" + (id != null ? id : r.string("element"));
                if (!taken.add(key)) {
                    throw new TalentGraphException("Two " + labels.get(0) + " nodes share the id '" + id
                            + "'; exports need ids unique per label (the schema's constraints ensure it).");
                }
                keys.put(r.string("element"), key);
                nodes.add(new ExportNode(key, labels, props));
            }
            List<ExportRelationship> rels = new ArrayList<>();
            for (Row r : tx.run(READ_RELATIONSHIPS)) {
                rels.add(new ExportRelationship(r.string("type"), keys.get(r.string("start")), keys.get(r.string("end")),
                        plainProperties(r.map("props"))));
            }
            return sorted(nodes, rels);
        });
    }

    static GraphSnapshot sorted(List<ExportNode> nodes, List<ExportRelationship> rels) {
        List<ExportNode> n = new ArrayList<>(nodes);
        n.sort(java.util.Comparator.comparing(ExportNode::key));
        List<ExportRelationship> r = new ArrayList<>(rels);
        r.sort(java.util.Comparator.comparing(ExportRelationship::type).thenComparing(ExportRelationship::start)
                .thenComparing(ExportRelationship::end)
                .thenComparing(x -> String.valueOf(x.properties().get("factId"))));
        return new GraphSnapshot(n, r);
    }

    private static List<String> mainLabelFirst(List<String> labels) {
        if (labels.isEmpty()) {
            throw new TalentGraphException("A node without labels cannot be exported; every TalentGraph node has one.");
        }
        String main = MAIN_LABELS.stream().filter(labels::contains).findFirst()
                .orElse(labels.stream().sorted().findFirst().orElseThrow());
        List<String> out = new ArrayList<>();
        out.add(main);
        labels.stream().filter(l -> !l.equals(main)).sorted().forEach(out::add);
        return out;
    }

    /**
     * Properties sorted by name. Temporal values become ISO-8601 text, the one type exports do not keep.
     * Empty lists are left out: Neo4j's bulk importer cannot write an empty array, and TalentGraph reads a
     * missing list as empty ({@code coalesce(n.aliases, [])}), so every format carries the same graph.
     */
    private static Map<String, Object> plainProperties(Map<String, Object> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.keySet().stream().sorted().forEach(k -> {
            Object v = props.get(k);
            if (!(v instanceof List<?> list && list.isEmpty())) {
                out.put(k, v instanceof TemporalAccessor ? v.toString() : v);
            }
        });
        return out;
    }

    /**
     * Writes the snapshot into an empty database in one transaction. Labels and relationship types must
     * be those of {@link NodeLabel} and {@link RelType}: they are written into Cypher, so nothing else is.
     *
     * @param db an empty database
     * @param origin where the snapshot came from, for error messages (a file name)
     * @throws TalentGraphException when the database is not empty, or the snapshot has unknown labels or
     *                              types or relationships to nodes it does not hold
     */
    public void writeTo(Database db, String origin) {
        validate(origin);
        db.write(tx -> {
            long existing = tx.run("MATCH (n) WHERE " + NodeLabel.notBookkeeping("n") + " RETURN count(n) AS n")
                    .get(0).longValue("n");
            if (existing > 0) {
                throw new TalentGraphException("Import " + origin + " into an empty database: " + db.describe()
                        + " already holds " + existing + " nodes.");
            }
            Map<String, String> elements = createNodes(tx);
            createRelationships(tx, elements);
            return null;
        });
        // The snapshot carries facts only; the talent flow queries read is computed from them.
        TalentFlowAggregate.rebuild(db);
    }

    private void validate(String origin) {
        Map<String, NodeLabel> labels = Arrays.stream(NodeLabel.values())
                .collect(Collectors.toMap(NodeLabel::cypherName, l -> l));
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (ExportNode n : nodes) {
            for (String l : n.labels()) {
                if (!labels.containsKey(l) || labels.get(l).bookkeeping()) {
                    throw new TalentGraphException(origin + ": node '" + n.key() + "' has the label '" + l
                            + "', which is not one of TalentGraph's fact labels (" + String.join(", ", labels.values()
                            .stream().filter(x -> !x.bookkeeping()).map(NodeLabel::cypherName).toList()) + ").");
                }
            }
            if (!keys.add(n.key())) {
                throw new TalentGraphException(origin + ": two nodes have the key '" + n.key() + "'; keys must be unique.");
            }
        }
        for (ExportRelationship r : relationships) {
            if (relType(r.type()).isEmpty()) {
                throw new TalentGraphException(origin + ": relationship " + r.start() + " -> " + r.end() + " has the type '"
                        + r.type() + "', which is not one of TalentGraph's (" + Arrays.toString(RelType.values()) + ").");
            }
            for (String end : List.of(r.start(), r.end())) {
                if (!keys.contains(end)) {
                    throw new TalentGraphException(origin + ": relationship " + r.type() + " refers to node '" + end
                            + "', which the file does not hold.");
                }
            }
        }
    }

    private static Optional<RelType> relType(String name) {
        return Arrays.stream(RelType.values()).filter(t -> t.cypherName().equals(name)).findFirst();
    }

    private Map<String, String> createNodes(Transaction tx) {
        Map<List<String>, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
        for (ExportNode n : nodes) {
            byLabels.computeIfAbsent(n.labels(), k -> new ArrayList<>()).add(Map.of("key", n.key(), "props", n.properties()));
        }
        Map<String, String> elements = new HashMap<>();
        byLabels.forEach((labels, rows) -> {
            // Labels were checked against NodeLabel in validate(); only model names reach the statement.
            String cypher = "UNWIND $rows AS row CREATE (n:" + labels.stream().map(GraphSnapshot::modelLabel)
                    .collect(Collectors.joining(":")) + ") SET n = row.props RETURN row.key AS key, elementId(n) AS element";
            for (int i = 0; i < rows.size(); i += BATCH) {
                tx.run(cypher, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH))))
                        .forEach(r -> elements.put(r.string("key"), r.string("element")));
            }
        });
        return elements;
    }

    private void createRelationships(Transaction tx, Map<String, String> elements) {
        Map<RelType, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        for (ExportRelationship r : relationships) {
            byType.computeIfAbsent(relType(r.type()).orElseThrow(), k -> new ArrayList<>()).add(Map.of(
                    "start", elements.get(r.start()), "end", elements.get(r.end()), "props", r.properties()));
        }
        byType.forEach((type, rows) -> {
            String cypher = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end "
                    + "CREATE (a)-[r:" + type.cypherName() + "]->(b) SET r = row.props";
            for (int i = 0; i < rows.size(); i += BATCH) {
                tx.run(cypher, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH))));
            }
        });
    }

    private static String modelLabel(String name) {
        return Arrays.stream(NodeLabel.values()).filter(l -> l.cypherName().equals(name)).findFirst()
                .orElseThrow().cypherName();
    }

    /** @return how many nodes carry each label, for comparing two graphs */
    public Map<String, Long> labelCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        nodes.forEach(n -> n.labels().forEach(l -> counts.merge(l, 1L, Long::sum)));
        return counts;
    }

    /** @return how many relationships there are of each type */
    public Map<String, Long> typeCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        relationships.forEach(r -> counts.merge(r.type(), 1L, Long::sum));
        return counts;
    }
}
