package io.talentgraph.ingest;

import io.talentgraph.model.RelType;

import java.util.Objects;

/**
 * A job or role the graph (or a known dataset) holds as current: what a new article may end when it says
 * the person moved on.
 *
 * @param factId       the fact's id, which a draft names in {@code ends}
 * @param relation     {@link RelType#WORKS_AT} or {@link RelType#LEADS}
 * @param person       the person's id
 * @param organization the organization's id
 * @param title        the title, or {@code null}
 */
public record OngoingRole(String factId, RelType relation, String person, String organization, String title) {
    /**
     * Requires the ids and the relation.
     *
     * @param factId       the fact's id, which a draft names in {@code ends}
     * @param relation     {@link RelType#WORKS_AT} or {@link RelType#LEADS}
     * @param person       the person's id
     * @param organization the organization's id
     * @param title        the title, or {@code null}
     */
    public OngoingRole {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
    }
}
