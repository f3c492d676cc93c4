/**
 * The in-process Neo4j store, TalentGraph's default: no install, no server. This module carries Neo4j
 * Community (GPLv3); applications that only talk to servers leave it out.
 */
package io.talentgraph.embedded;
