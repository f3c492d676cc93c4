/**
 * The graph model's vocabulary: node labels and relationship types. This is the public contract described
 * in {@code docs/model.md}; every Cypher statement in TalentGraph takes its labels and types from here.
 */
package io.talentgraph.model;
