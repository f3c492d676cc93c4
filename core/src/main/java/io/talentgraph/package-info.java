/**
 * TalentGraph: a Neo4j knowledge graph of the AI talent war. The root package holds only the shared
 * exception type; the model, schema and connection live in their own packages.
 */
package io.talentgraph;
