/**
 * The dataset format: records for entities, sources and evidenced facts, and {@link
 * io.talentgraph.dataset.DatasetReader}, which validates a whole dataset before anything is written.
 * The format is documented in {@code docs/dataset-format.md}.
 */
package io.talentgraph.dataset;
