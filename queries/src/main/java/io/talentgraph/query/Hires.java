package io.talentgraph.query;

import java.util.List;

/**
 * Everyone an organization hired: named people and counted groups. A named person may also be counted
 * in a group ({@link GroupHire#namedMembers()}); {@link TalentQueries#talentFlow} counts them once.
 *
 * @param named  hires of named people
 * @param groups counted groups
 */
public record Hires(List<Hire> named, List<GroupHire> groups) {
    /**
     * Defensive copies.
     *
     * @param named  hires of named people
     * @param groups counted groups
     */
    public Hires {
        named = List.copyOf(named);
        groups = List.copyOf(groups);
    }
}
