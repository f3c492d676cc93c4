package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

/**
 * Where an organization stands among net importers of talent: its SpringRank on the directed, weighted graph of
 * moves between organizations (each move says the hirer ranks above the origin), with PageRank on the same graph
 * beside it, and the counts both rest on.
 *
 * @param organization the organization
 * @param springRank   its SpringRank: 0 is the middle of its connected part of the graph, each 1 above is one step
 *                     of "people leave the one below for it"
 * @param pageRank     its PageRank on the same graph (damping 0.85), for comparison
 * @param inflow       people it hired from named organizations in the window
 * @param outflow      people hired away from it in the window
 */
public record ImporterRank(EntityRef organization, double springRank, double pageRank, long inflow, long outflow) {
}
