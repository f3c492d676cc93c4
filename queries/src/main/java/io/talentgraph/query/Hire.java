package io.talentgraph.query;

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
public record Hire(EntityRef person, EntityRef from, EntityRef hiredBy, String formerTitle, String when,
                   Provenance provenance) {
}
