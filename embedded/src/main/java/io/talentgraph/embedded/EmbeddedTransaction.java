package io.talentgraph.embedded;

import io.talentgraph.connect.GraphNode;
import io.talentgraph.connect.GraphPath;
import io.talentgraph.connect.GraphRelationship;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs Cypher in an embedded transaction and detaches the results into plain Java values. */
final class EmbeddedTransaction implements Transaction {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTransaction.class);

    private final org.neo4j.graphdb.Transaction tx;
    private final boolean readOnly;

    EmbeddedTransaction(org.neo4j.graphdb.Transaction tx, boolean readOnly) {
        this.tx = tx;
        this.readOnly = readOnly;
    }

    @Override
    public List<Row> run(String cypher, Map<String, ?> parameters) {
        if (!LOG.isDebugEnabled()) {
            return execute(cypher, parameters);
        }
        // With --verbose, each statement's time: in a fresh JVM, mostly planning (docs/benchmarks.md).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        try {
            return execute(cypher, parameters);
        } finally {
            String text = cypher.strip().replaceAll("\\s+", " ");
            LOG.debug("{} ms ({} ms CPU): {}", (System.nanoTime() - started) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, text.length() > 100 ? text.substring(0, 100) + "…" : text);
        }
    }

    private List<Row> execute(String cypher, Map<String, ?> parameters) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) parameters;
        try (Result result = tx.execute(cypher, params)) {
            // The kernel's read mode refuses a write only when one happens; a server over Bolt refuses a writing
            // statement as soon as it is planned. Refusing by plan here too makes both answer alike, even when the
            // write would have touched no row (LOAD CSV of an empty file, MATCH of nothing).
            QueryExecutionType type = result.getQueryExecutionType();
            if (readOnly && (type.canUpdateData() || type.canUpdateSchema())) {
                throw new QueryFailedException("Neo.ClientError.Statement.AccessMode",
                        "Writing in read access mode not allowed: the statement can change the graph.", null);
            }
            return rows(result);
        }
    }

    static List<Row> rows(Result result) {
        List<String> columns = result.columns();
        List<Row> rows = new ArrayList<>();
        while (result.hasNext()) {
            Map<String, Object> raw = result.next();
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, plain(raw.get(column)));
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Temporal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Node n) {
            return node(n);
        }
        if (value instanceof Relationship r) {
            return relationship(r);
        }
        if (value instanceof Path p) {
            List<GraphNode> nodes = new ArrayList<>();
            p.nodes().forEach(n -> nodes.add(node(n)));
            List<GraphRelationship> rels = new ArrayList<>();
            p.relationships().forEach(r -> rels.add(relationship(r)));
            return new GraphPath(nodes, rels);
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                out.add(plain(Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return value.toString();
    }

    private static GraphNode node(Node n) {
        List<String> labels = new ArrayList<>();
        for (Label label : n.getLabels()) {
            labels.add(label.name());
        }
        return new GraphNode(n.getElementId(), labels, properties(n));
    }

    private static GraphRelationship relationship(Relationship r) {
        return new GraphRelationship(r.getElementId(), r.getType().name(), r.getStartNode().getElementId(),
                r.getEndNode().getElementId(), properties(r));
    }

    private static Map<String, Object> properties(Entity entity) {
        Map<String, Object> out = new LinkedHashMap<>();
        entity.getAllProperties().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }
}
