package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

/**
 * Two people with overlapping ties: Jaccard similarity of the organizations and people they are tied to.
 *
 * @param first      one person
 * @param second     the other
 * @param similarity from 0 (nothing in common) to 1 (the same ties)
 */
public record SimilarPair(EntityRef first, EntityRef second, double similarity) {
}
