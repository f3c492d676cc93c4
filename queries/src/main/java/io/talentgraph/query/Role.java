package io.talentgraph.query;

/**
 * A person's role at an organization: leadership ({@code LEADS}) or employment ({@code WORKS_AT}).
 *
 * @param person       the person
 * @param organization the organization
 * @param kind         {@code LEADS} or {@code WORKS_AT}
 * @param title        the title, or {@code null}
 * @param role         a description of the role when there is no title, or {@code null}
 * @param current      whether it holds now; {@code false} for a former role
 * @param provenance   sources and evidence
 */
public record Role(EntityRef person, EntityRef organization, String kind, String title, String role, boolean current,
                   Provenance provenance) {
}
