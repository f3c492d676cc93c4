/**
 * The whole graph in the formats other tools read, and back: {@link io.talentgraph.export.GraphMl} for
 * Gephi, yEd and NetworkX, {@link io.talentgraph.export.GraphJson} (nodes and relationships) and
 * {@link io.talentgraph.export.BulkImportCsv}, the layout of Neo4j's offline bulk importer. A
 * {@link io.talentgraph.export.GraphSnapshot} read from one database and written into a fresh one holds
 * the same nodes, relationships, labels and properties. The store's schema-version node is metadata, not
 * data, and is left out: a fresh store gets its schema from {@link io.talentgraph.schema.GraphSchema}.
 */
package io.talentgraph.export;
