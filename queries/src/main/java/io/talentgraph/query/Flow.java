package io.talentgraph.query;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * People who moved from one organization to another.
 *
 * @param from            where they came from, or {@code null} when the source names no organization
 * @param fromDescription how the source describes an unnamed origin ("rival companies"), or {@code null}
 * @param to              the organization that hired them
 * @param count           named plus unnamed, each person counted once
 * @param named           hires of named people not already inside a counted group for the same pair
 * @param unnamed         people counted by groups, less their named members counted elsewhere
 */
@API(status = STABLE, since = "0.1.0")
public record Flow(EntityRef from, String fromDescription, EntityRef to, long count, long named, long unnamed) {

    /** @return the origin's name, or the source's description of it */
    public String fromLabel() {
        return from != null ? from.name() : "(unspecified: " + (fromDescription == null ? "unknown" : fromDescription) + ")";
    }
}
