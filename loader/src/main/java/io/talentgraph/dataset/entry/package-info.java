/**
 * The dataset format's entries one at a time: the schema each kind of entry must satisfy
 * ({@link io.talentgraph.dataset.entry.DatasetSchema}) and the binding of a validated entry to its record
 * ({@link io.talentgraph.dataset.entry.EntryBinder}). {@link io.talentgraph.dataset.DatasetReader} reads whole files
 * with them; readers that stream records (the bulk loader) use them so that both paths accept exactly the same data.
 */
package io.talentgraph.dataset.entry;
