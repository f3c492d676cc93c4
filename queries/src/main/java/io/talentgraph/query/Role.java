package io.talentgraph.query;

/**
 * A person's role at an organization: leadership ({@code LEADS}) or employment ({@code WORKS_AT}).
 *
 * @param person       the person
 * @param organization the organization
 * @param kind         {@code LEADS} or {@code WORKS_AT}
 * @param title        the title, or {@code null}
 * @param role         a description of the role when there is no title, or {@code null}
 * @param current      whether it holds now ({@code false} for a former role); in an answer as of a date,
 *                     whether it held then
 * @param since        when it began as far as the graph knows (YYYY, YYYY-MM or YYYY-MM-DD), or {@code null}
 * @param until        when it ended, or {@code null}
 * @param provenance   sources and evidence
 */
public record Role(EntityRef person, EntityRef organization, String kind, String title, String role, boolean current,
                   String since, String until, Provenance provenance) {

    /**
     * A role without known dates.
     *
     * @param person       the person
     * @param organization the organization
     * @param kind         {@code LEADS} or {@code WORKS_AT}
     * @param title        the title, or {@code null}
     * @param role         a description of the role, or {@code null}
     * @param current      whether it holds now
     * @param provenance   sources and evidence
     */
    public Role(EntityRef person, EntityRef organization, String kind, String title, String role, boolean current,
                Provenance provenance) {
        this(person, organization, kind, title, role, current, null, null, provenance);
    }
}
