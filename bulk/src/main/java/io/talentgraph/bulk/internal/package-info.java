/** Validation, id index and checkpoints of the bulk loader; not part of the public API. */
package io.talentgraph.bulk.internal;
