/**
 * Talent-flow analytics over the graph: who gains and who loses people, month by month (plain Cypher,
 * every count agreeing with {@link io.talentgraph.query.TalentQueries#flow}), and who sits at the
 * centre of the hiring network, which groups form and who is alike (Neo4j Graph Data Science, called
 * through its Cypher procedures). This module depends on the driver only; GDS runs inside the database.
 */
package io.talentgraph.analytics;
