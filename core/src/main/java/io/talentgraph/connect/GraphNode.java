package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A node returned by a query, detached from the database.
 *
 * @param elementId  the database's element id (stable only within one transaction's view)
 * @param labels     the node's labels
 * @param properties its properties as plain Java values
 */
@API(status = STABLE, since = "0.1.0")
public record GraphNode(String elementId, List<String> labels, Map<String, Object> properties) {
    /**
     * Defensive copies.
     *
     * @param elementId  the database's element id
     * @param labels     the node's labels
     * @param properties its properties as plain Java values
     */
    public GraphNode {
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }
}
