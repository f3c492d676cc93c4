package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.util.List;

/**
 * How long ended jobs at an organization lasted, in whole months between the day the job is known to have begun and
 * the day it is known to have ended (the earliest days their dates allow).
 *
 * @param organization the organization
 * @param months       the length of each ended job with both dates known, shortest first
 * @param unknownDates ended jobs missing a start or an end date: counted nowhere else
 */
public record Tenure(EntityRef organization, List<Long> months, int unknownDates) {

    /**
     * Defensive copy.
     *
     * @param organization the organization
     * @param months       the length of each ended job with both dates known, shortest first
     * @param unknownDates ended jobs missing a start or an end date: counted nowhere else
     */
    public Tenure {
        months = List.copyOf(months);
    }

    /** @return the median of {@link #months()}, the mean of the middle two for an even count; {@code null} if none */
    public Double medianMonths() {
        int n = months.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? (double) months.get(n / 2) : (months.get(n / 2 - 1) + months.get(n / 2)) / 2.0;
    }
}
