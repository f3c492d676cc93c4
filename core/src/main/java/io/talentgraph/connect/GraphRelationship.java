package io.talentgraph.connect;

import java.util.Map;

/**
 * A relationship returned by a query, detached from the database.
 *
 * @param elementId      the database's element id
 * @param type           the relationship type
 * @param startElementId element id of the start node
 * @param endElementId   element id of the end node
 * @param properties     its properties as plain Java values
 */
public record GraphRelationship(String elementId, String type, String startElementId, String endElementId,
                                Map<String, Object> properties) {
    /**
     * Defensive copy.
     *
     * @param elementId      the database's element id
     * @param type           the relationship type
     * @param startElementId element id of the start node
     * @param endElementId   element id of the end node
     * @param properties     its properties as plain Java values
     */
    public GraphRelationship {
        properties = Map.copyOf(properties);
    }
}
