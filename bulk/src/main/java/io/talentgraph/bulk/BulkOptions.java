package io.talentgraph.bulk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a bulk load runs. Start from {@link #defaults()} and change what you need with the {@code with...} methods.
 *
 * @param batchSize  records per transaction: each batch is that many consecutive records of one file
 * @param checkpoint where progress is recorded, or {@code null} for {@code .talentgraph-checkpoint.json} in the
 *                   input directory
 * @param restart    ignore an existing checkpoint and load from the start
 * @param flow       how the talent flow aggregate is kept correct
 * @param progress   told where the load is after each batch; by default logged every 10 seconds
 */
public record BulkOptions(int batchSize, Path checkpoint, boolean restart, FlowMode flow, Consumer<BulkProgress> progress) {

    /** The batch size that wrote fastest on a 2-core machine at 100k and 1M persons; see docs/benchmarks.md. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /** How the talent flow aggregate follows a bulk load. */
    public enum FlowMode {
        /** Incremental for loads small next to the graph (a delta), rebuild for the rest (a first load). */
        AUTO,
        /** Update the aggregate in each batch's transaction: cost grows with the input. */
        INCREMENTAL,
        /** Mark it stale for the duration of the load and rebuild it once at the end: cost grows with the graph. */
        REBUILD
    }

    /**
     * Checks the values.
     *
     * @param batchSize  records per transaction, at least 1: each batch is that many consecutive records of one file
     * @param checkpoint where progress is recorded, or {@code null} for {@code .talentgraph-checkpoint.json} in the
     *                   input directory
     * @param restart    ignore an existing checkpoint and load from the start
     * @param flow       how the talent flow aggregate is kept correct
     * @param progress   told where the load is after each batch; {@link #defaults()} logs it every 10 seconds
     */
    public BulkOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(progress, "progress");
    }

    /** @return batches of {@value #DEFAULT_BATCH_SIZE}, the default checkpoint, automatic flow mode, logged progress */
    public static BulkOptions defaults() {
        return new BulkOptions(DEFAULT_BATCH_SIZE, null, false, FlowMode.AUTO, new LoggedProgress());
    }

    /**
     * @param size records per transaction, at least 1
     * @return a copy with that batch size
     */
    public BulkOptions withBatchSize(int size) {
        return new BulkOptions(size, checkpoint, restart, flow, progress);
    }

    /**
     * @param file where to keep the checkpoint, or {@code null} for the input directory
     * @return a copy that keeps it there
     */
    public BulkOptions withCheckpoint(Path file) {
        return new BulkOptions(batchSize, file, restart, flow, progress);
    }

    /**
     * @param value whether to ignore an existing checkpoint
     * @return a copy with that setting
     */
    public BulkOptions withRestart(boolean value) {
        return new BulkOptions(batchSize, checkpoint, value, flow, progress);
    }

    /**
     * @param mode how to keep the talent flow aggregate correct
     * @return a copy with that mode
     */
    public BulkOptions withFlowMode(FlowMode mode) {
        return new BulkOptions(batchSize, checkpoint, restart, mode, progress);
    }

    /**
     * @param listener told where the load is after each batch
     * @return a copy that reports to it
     */
    public BulkOptions withProgress(Consumer<BulkProgress> listener) {
        return new BulkOptions(batchSize, checkpoint, restart, flow, listener);
    }
}
