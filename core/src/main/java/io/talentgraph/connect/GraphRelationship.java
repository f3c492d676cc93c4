package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A relationship returned by a query, detached from the database.
 *
 * @param elementId      the database's element id
 * @param type           the relationship type
 * @param startElementId element id of the start node
 * @param endElementId   element id of the end node
 * @param properties     its properties as plain Java values
 */
@API(status = STABLE, since = "0.1.0")
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
