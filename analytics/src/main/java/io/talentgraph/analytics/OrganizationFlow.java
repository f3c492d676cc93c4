package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.util.Objects;

/**
 * The people an organization gained and lost in a window, each person once per move. Named hires (people the sources
 * name) and counted ones (the members of a counted group the sources do not name) are kept apart, because a count
 * says less than a list of names.
 *
 * @param organization the organization (its company, when rolled up)
 * @param namedIn      named people hired
 * @param countedIn    unnamed people of counted groups hired
 * @param namedOut     named people lost to another organization
 * @param countedOut   unnamed people of counted groups lost
 */
public record OrganizationFlow(EntityRef organization, long namedIn, long countedIn, long namedOut, long countedOut) {

    /**
     * Checks the organization is given.
     *
     * @param organization the organization (its company, when rolled up)
     * @param namedIn      named people hired
     * @param countedIn    unnamed people of counted groups hired
     * @param namedOut     named people lost to another organization
     * @param countedOut   unnamed people of counted groups lost
     */
    public OrganizationFlow {
        Objects.requireNonNull(organization, "organization");
    }

    /** @return everyone hired, named and counted */
    public long inflow() {
        return namedIn + countedIn;
    }

    /** @return everyone lost, named and counted */
    public long outflow() {
        return namedOut + countedOut;
    }

    /** @return inflow less outflow */
    public long net() {
        return inflow() - outflow();
    }
}
