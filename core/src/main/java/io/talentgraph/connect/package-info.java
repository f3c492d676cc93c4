/**
 * How TalentGraph talks to Neo4j: the {@link io.talentgraph.connect.Database} interface, its result values
 * as plain Java types, and {@link io.talentgraph.connect.Databases#connect} for external servers.
 * Driver types never leave this package's {@code internal} sub-package.
 */
package io.talentgraph.connect;
