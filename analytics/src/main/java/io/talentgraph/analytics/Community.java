package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.util.List;

/**
 * A group of people and organizations more tightly tied to each other than to the rest of the network.
 *
 * @param number  1 for the largest community, 2 for the next...
 * @param members its members, organizations first, then people and counted groups, each by name
 */
public record Community(int number, List<EntityRef> members) {

    /**
     * Defensive copy.
     *
     * @param number  1 for the largest community, 2 for the next...
     * @param members its members, organizations first, then people and counted groups, each by name
     */
    public Community {
        members = List.copyOf(members);
    }

    /** @return how many members */
    public int size() {
        return members.size();
    }
}
