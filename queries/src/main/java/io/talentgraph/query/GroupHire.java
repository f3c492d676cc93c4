package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A counted group of hires whose members are not all named.
 *
 * @param id              the group's id
 * @param count           how many people the source says were hired
 * @param role            what they are ("AI researchers"), or {@code null}
 * @param hiredBy         who hired them
 * @param from            where they came from, or {@code null} when the source does not say
 * @param fromDescription how the source describes their origin when it names no organization, or {@code null}
 * @param within          the larger group this one is part of, or {@code null}
 * @param namedMembers    the members the source names
 * @param provenance      sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record GroupHire(String id, long count, String role, EntityRef hiredBy, EntityRef from, String fromDescription,
                        String within, List<EntityRef> namedMembers, Provenance provenance) {
    /**
     * Defensive copy.
     *
     * @param id              the group's id
     * @param count           how many people the source says were hired
     * @param role            what they are ("AI researchers"), or {@code null}
     * @param hiredBy         who hired them
     * @param from            where they came from, or {@code null} when the source does not say
     * @param fromDescription how the source describes their origin when it names no organization, or {@code null}
     * @param within          the larger group this one is part of, or {@code null}
     * @param namedMembers    the members the source names
     * @param provenance      sources and evidence
     */
    public GroupHire {
        namedMembers = List.copyOf(namedMembers);
    }
}
