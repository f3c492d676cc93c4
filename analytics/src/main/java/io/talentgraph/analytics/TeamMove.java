package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.util.List;

/**
 * A lift-out: several named people hired from the same origin by the same organization within one window.
 *
 * @param from    where they came from
 * @param to      who hired them
 * @param members their names, in alphabetical order
 */
public record TeamMove(EntityRef from, EntityRef to, List<String> members) {

    /**
     * Defensive copy.
     *
     * @param from    where they came from
     * @param to      who hired them
     * @param members their names, in alphabetical order
     */
    public TeamMove {
        members = List.copyOf(members);
    }
}
