package io.talentgraph.query;

import io.talentgraph.model.PartialDate;
import io.talentgraph.model.RelType;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A person's role at an organization: leadership ({@link RelType#LEADS}) or employment ({@link RelType#WORKS_AT}).
 *
 * @param person       the person
 * @param organization the organization
 * @param kind         {@link RelType#LEADS} or {@link RelType#WORKS_AT}
 * @param title        the title, or {@code null}
 * @param role         a description of the role when there is no title, or {@code null}
 * @param current      whether it holds now ({@code false} for a former role); in an answer as of a date,
 *                     whether it held then
 * @param since        when it began as far as the graph knows, to the year, month or day, or {@code null}
 * @param until        when it ended, or {@code null}
 * @param provenance   sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record Role(EntityRef person, EntityRef organization, RelType kind, String title, String role, boolean current,
                   PartialDate since, PartialDate until, Provenance provenance) {

    /**
     * A role without known dates.
     *
     * @param person       the person
     * @param organization the organization
     * @param kind         {@link RelType#LEADS} or {@link RelType#WORKS_AT}
     * @param title        the title, or {@code null}
     * @param role         a description of the role, or {@code null}
     * @param current      whether it holds now
     * @param provenance   sources and evidence
     */
    public Role(EntityRef person, EntityRef organization, RelType kind, String title, String role, boolean current,
                Provenance provenance) {
        this(person, organization, kind, title, role, current, null, null, provenance);
    }
}
