/**
 * The in-process Neo4j store, TalentGraph's default: no install, no server. This module carries Neo4j
 * Community (GPLv3); applications that only talk to servers leave it out. Serving the store to Neo4j Browser
 * and the Graph Data Science plugin are the server module's ({@code talentgraph-server}), through
 * {@link io.talentgraph.embedded.EmbeddedSetup}.
 */
package io.talentgraph.embedded;
