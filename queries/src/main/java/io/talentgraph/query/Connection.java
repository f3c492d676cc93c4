package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The shortest chain of facts between two entities.
 *
 * @param steps the path: the first step's {@code via} is {@code null}, each later step names the
 *              relationship that leads to its node and whether it points forward along the path
 */
@API(status = STABLE, since = "0.1.0")
public record Connection(List<Step> steps) {

    /**
     * Defensive copy.
     *
     * @param steps the path: the first step's {@code via} is {@code null}, each later step names the
     *                     relationship that leads to its node and whether it points forward along the path
     */
    public Connection {
        steps = List.copyOf(steps);
    }

    /**
     * One node of the path and how it was reached.
     *
     * @param node    the entity
     * @param via     the relationship type that leads here, or {@code null} for the first node
     * @param forward whether that relationship points from the previous node to this one
     */
    public record Step(EntityRef node, String via, boolean forward) {
    }

    /** @return number of relationships in the path */
    public int length() {
        return steps.size() - 1;
    }
}
