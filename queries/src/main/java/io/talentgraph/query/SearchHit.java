package io.talentgraph.query;

/**
 * A full-text match on a name or alias, in English or Arabic.
 *
 * @param entity the matching entity
 * @param score  Lucene's relevance score
 */
public record SearchHit(EntityRef entity, double score) {
}
