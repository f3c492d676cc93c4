/**
 * Streaming readers of bulk input, CSV and JSON Lines, one record at a time with its line number
 * ({@link io.talentgraph.bulk.read.RecordReader}), opened by {@link io.talentgraph.bulk.BulkInput.File#open()}. The bulk
 * loader reads
 * with them; so do the benchmark's baseline loaders, so that every loader compared reads the same records.
 */
package io.talentgraph.bulk.read;
