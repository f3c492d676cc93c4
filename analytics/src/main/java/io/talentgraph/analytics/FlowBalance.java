package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

/**
 * One organization's talent balance over a window: people it hired and people it lost, each person
 * counted once (see {@link io.talentgraph.query.TalentQueries#flow}).
 *
 * @param organization the organization
 * @param gained       people it hired, from anywhere (origins the source does not name included)
 * @param lost         people hired away from it
 */
public record FlowBalance(EntityRef organization, long gained, long lost) {

    /** @return gained less lost: positive for a net gainer */
    public long net() {
        return gained - lost;
    }
}
