/** The content hash by which the loader skips a dataset the graph already holds; not part of the public API. */
package io.talentgraph.load.internal;
