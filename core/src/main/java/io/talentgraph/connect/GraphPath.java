package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A path returned by a query: {@code nodes.size() == relationships.size() + 1}.
 *
 * @param nodes         the nodes in path order
 * @param relationships the relationships in path order
 */
@API(status = STABLE, since = "0.1.0")
public record GraphPath(List<GraphNode> nodes, List<GraphRelationship> relationships) {
    /**
     * Defensive copies.
     *
     * @param nodes         the nodes in path order
     * @param relationships the relationships in path order
     */
    public GraphPath {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
