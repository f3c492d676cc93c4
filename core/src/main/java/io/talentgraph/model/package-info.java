/**
 * The graph model's vocabulary: node labels, relationship types, and the values facts carry ({@link
 * io.talentgraph.model.PartialDate}, {@link io.talentgraph.model.AttemptOutcome}). This is the public contract
 * described in {@code docs/model.md}; every Cypher statement in TalentGraph takes its labels and types from here.
 */
package io.talentgraph.model;
