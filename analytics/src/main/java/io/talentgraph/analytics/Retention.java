package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.time.LocalDate;

/**
 * How many of the people an organization hired in a window were still there some months after they joined, and how
 * many the answer cannot speak for. Only named hires count: a counted group has no members to follow.
 *
 * @param organization the organization
 * @param months       how long after joining (from the last day the hire's date allows)
 * @param asOf         the day the graph is read as of: a hire whose check falls after it is {@code tooRecent}
 * @param stayed       people still there at the check
 * @param left         people whose job there ended before the check
 * @param unknownDates hires with no date, or jobs that ended on a date the sources do not give: counted nowhere else
 * @param tooRecent    hires in the window whose check lies after {@code asOf}
 */
public record Retention(EntityRef organization, int months, LocalDate asOf, int stayed, int left, int unknownDates,
                        int tooRecent) {

    /** @return the people the share rests on: stayed and left */
    public int basis() {
        return stayed + left;
    }

    /** @return stayed over {@link #basis()}, or {@code null} when nobody can be counted */
    public Double share() {
        return basis() == 0 ? null : (double) stayed / basis();
    }
}
