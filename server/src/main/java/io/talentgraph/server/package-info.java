/**
 * The embedded store served to other programs, and given Graph Data Science: {@link io.talentgraph.server.GraphServer}
 * (Bolt for drivers, HTTP for Neo4j Browser with a guided tour and a graph style; {@code talentgraph serve}),
 * {@link io.talentgraph.server.ServeState} (the note a running server leaves for other processes), and
 * {@link io.talentgraph.server.GraphDataScience} (the store with GDS's procedures). Built on
 * {@code talentgraph-embedded}; carries Neo4j Community, Neo4j Browser and GDS (GPLv3).
 */
package io.talentgraph.server;
