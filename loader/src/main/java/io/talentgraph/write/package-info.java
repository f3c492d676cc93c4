/**
 * How the graph model is written: the parameterized Cypher for every entity and fact type and the rows it takes
 * ({@link io.talentgraph.write.GraphWrites}). The one writing API of TalentGraph: the loader writes a dataset with
 * it in one transaction, the bulk loader in batches, the benchmark's baseline loaders run the same statements. A
 * writer that goes around it would write labels, fact ids or provenance differently.
 */
package io.talentgraph.write;
