package io.talentgraph.query;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A full-text match on a name or alias, in English or Arabic.
 *
 * @param entity the matching entity
 * @param score  Lucene's relevance score
 */
@API(status = STABLE, since = "0.1.0")
public record SearchHit(EntityRef entity, double score) {
}
