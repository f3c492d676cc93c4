package io.talentgraph.query;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A named person hired away from an organization.
 *
 * @param person      who was hired
 * @param from        the organization they left
 * @param hiredBy     the organization that hired them
 * @param formerTitle their title at {@code from}, or {@code null}
 * @param when        when, as the source says it, or {@code null}
 * @param provenance  sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record Hire(EntityRef person, EntityRef from, EntityRef hiredBy, String formerTitle, String when,
                   Provenance provenance) {
}
