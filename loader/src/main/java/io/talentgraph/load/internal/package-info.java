/**
 * How the graph model is written, shared by every loader of TalentGraph; not part of the public API and may
 * change between versions.
 */
package io.talentgraph.load.internal;
