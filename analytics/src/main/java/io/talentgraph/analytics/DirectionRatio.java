package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

/**
 * People who moved one way between two organizations against those who moved the other way, over a window, each
 * person counted once as the talent flow counts them (named people and the unnamed members of counted groups).
 *
 * @param from     the first organization
 * @param to       the second
 * @param forward  people who moved from {@code from} to {@code to}
 * @param backward people who moved from {@code to} to {@code from}
 * @param forwardNamed  of {@code forward}, those the sources name
 * @param backwardNamed of {@code backward}, those the sources name
 */
public record DirectionRatio(EntityRef from, EntityRef to, long forward, long backward, long forwardNamed,
                             long backwardNamed) {

    /** @return forward over backward, or {@code null} when nobody moved back (the ratio is unbounded) */
    public Double ratio() {
        return backward == 0 ? null : (double) forward / backward;
    }
}
