package io.talentgraph.load;

/**
 * What one load did.
 *
 * @param datasetId            the dataset loaded
 * @param facts                facts in the dataset
 * @param nodesCreated         nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param millis               time taken, validation excluded
 */
public record LoadReport(String datasetId, int facts, long nodesCreated, long relationshipsCreated, long millis) {
}
