package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

/**
 * A node's score in a centrality ranking.
 *
 * @param rank   1 for the most central; equal scores share a rank
 * @param entity the person, organization or counted group ({@code kind} {@code HiringGroup})
 * @param score  the algorithm's score (PageRank, betweenness)
 */
public record Centrality(int rank, EntityRef entity, double score) {
}
