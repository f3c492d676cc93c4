/**
 * Serves the Neo4j Browser guide and graph style of {@code talentgraph serve} from the embedded HTTP server.
 * Not API: Neo4j mounts every JAX-RS resource of this package, so it holds nothing else.
 */
package io.talentgraph.server.internal.guide;
