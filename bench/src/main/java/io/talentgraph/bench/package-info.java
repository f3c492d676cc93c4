/**
 * The benchmark behind {@code talentgraph bench}: TalentGraph's bulk loader and query API measured side by side
 * with {@code LOAD CSV}, Neo4j's offline importer and a naive loader, on the same generated graphs. See
 * {@code docs/benchmarks.md}.
 */
package io.talentgraph.bench;
