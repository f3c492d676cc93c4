/** Writes validated datasets into the graph: all-or-nothing, idempotent, merging by id. */
package io.talentgraph.load;
