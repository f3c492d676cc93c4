/**
 * First loads of a new store with Neo4j's offline importer, from the same bulk input the online loader reads.
 * Server side: needs the store files, not a connection.
 */
package io.talentgraph.offline;
