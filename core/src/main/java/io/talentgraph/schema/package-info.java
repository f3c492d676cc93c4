/** The database schema of the talent graph, applied as idempotent, versioned migrations. */
package io.talentgraph.schema;
