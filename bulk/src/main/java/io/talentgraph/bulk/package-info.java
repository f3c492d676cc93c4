/**
 * Bulk loading of large datasets: {@link io.talentgraph.bulk.BulkInput} (JSON Lines or CSV files of people,
 * organizations, sources and facts), {@link io.talentgraph.bulk.BulkLoader} (streaming validation, batched
 * parameterized writes, checkpoints, progress) and the files for Neo4j's offline importer
 * ({@link io.talentgraph.bulk.OfflineImportFiles}). Driver only: no Neo4j server classes.
 */
package io.talentgraph.bulk;
