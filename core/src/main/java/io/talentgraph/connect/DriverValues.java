package io.talentgraph.connect;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns driver values into the plain Java values of {@link io.talentgraph.connect.Transaction}. */
final class DriverValues {

    private DriverValues() {
    }

    static Row row(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : record.keys()) {
            values.put(key, plain(record.get(key).asObject()));
        }
        return new Row(values);
    }

    static Object plain(Object value) {
        if (value instanceof Value v) {
            return plain(v.asObject());
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
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof org.neo4j.driver.types.IsoDuration || value instanceof org.neo4j.driver.types.Point) {
            return value.toString();
        }
        return value;
    }

    private static GraphNode node(Node n) {
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        return new GraphNode(n.elementId(), labels, properties(n.asMap()));
    }

    private static GraphRelationship relationship(Relationship r) {
        return new GraphRelationship(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
                properties(r.asMap()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> raw) {
        return (Map<String, Object>) plain(raw);
    }
}
