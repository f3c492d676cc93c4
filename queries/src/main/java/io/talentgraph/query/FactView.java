package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Any fact, as a relationship between two entities with its own properties and its provenance.
 *
 * @param type       the relationship type, e.g. {@code HIRED_FROM}
 * @param subject    the start of the relationship
 * @param object     the end of the relationship
 * @param details    the relationship's own properties (title, current, amount...), provenance removed
 * @param provenance sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record FactView(String type, EntityRef subject, EntityRef object, Map<String, Object> details,
                       Provenance provenance) {
    /**
     * Defensive copy.
     *
     * @param type       the relationship type, e.g. {@code HIRED_FROM}
     * @param subject    the start of the relationship
     * @param object     the end of the relationship
     * @param details    the relationship's own properties (title, current, amount...), provenance removed
     * @param provenance sources and evidence
     */
    public FactView {
        details = Map.copyOf(details);
    }
}
