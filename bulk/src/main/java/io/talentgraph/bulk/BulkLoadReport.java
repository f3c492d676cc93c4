package io.talentgraph.bulk;

import java.util.Map;

/**
 * What a bulk load did.
 *
 * @param datasetId            the dataset loaded
 * @param records              records in the input, per part
 * @param recordsWritten       records written by this run (fewer than in the input when it resumed a checkpoint)
 * @param batches              transactions committed by this run
 * @param nodesCreated         nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param flowMode             how the talent flow aggregate was kept correct: incremental or rebuild
 * @param validateMillis       time spent validating
 * @param writeMillis          time spent writing batches
 * @param flowMillis           time spent rebuilding the talent flow aggregate (0 when incremental)
 */
public record BulkLoadReport(String datasetId, Map<BulkInput.Part, Long> records, long recordsWritten, long batches,
                             long nodesCreated, long relationshipsCreated, BulkOptions.FlowMode flowMode,
                             long validateMillis, long writeMillis, long flowMillis) {

    /**
     * Defensive copy.
     *
     * @param datasetId            the dataset loaded
     * @param records              records in the input, per part
     * @param recordsWritten       records written by this run (fewer than in the input when it resumed a checkpoint)
     * @param batches              transactions committed by this run
     * @param nodesCreated         nodes that did not exist before
     * @param relationshipsCreated relationships that did not exist before
     * @param flowMode             how the talent flow aggregate was kept correct: incremental or rebuild
     * @param validateMillis       time spent validating
     * @param writeMillis          time spent writing batches
     * @param flowMillis           time spent rebuilding the talent flow aggregate (0 when incremental)
     */
    public BulkLoadReport {
        records = Map.copyOf(records);
    }

    /** @return records in all parts of the input */
    public long totalRecords() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return validation, writing and flow time together */
    public long totalMillis() {
        return validateMillis + writeMillis + flowMillis;
    }

    /** @return input records per second over the whole load */
    public double recordsPerSecond() {
        return totalMillis() == 0 ? 0 : totalRecords() * 1000.0 / totalMillis();
    }
}
