/** Driver-backed implementation of {@link io.talentgraph.connect.Database}; not part of the public API. */
package io.talentgraph.connect.internal;
