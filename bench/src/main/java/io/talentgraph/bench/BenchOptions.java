package io.talentgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a benchmark runs. Start from {@link #defaults(Path)}.
 *
 * @param sizes            persons in each generated graph, e.g. 10,000, 100,000 and 1,000,000
 * @param seed             the generator's seed: the same seed, the same graphs
 * @param workDirectory    where data and stores go (several GB at a million persons); reused data is not generated again
 * @param inProcess        run the server and the loaders in this JVM instead of separate processes (no memory
 *                         figures); for the smoke test
 * @param serverHeap       the server process's heap, e.g. {@code 2g}
 * @param pageCache        the server's page cache, e.g. {@code 2g}
 * @param loaderHeap       the heap of TalentGraph's loader process, e.g. {@code 1g}
 * @param importerHeap     the heap of the offline importer's process
 * @param importerOffHeap  the offline importer's {@code --max-off-heap-memory}
 * @param batchSize        records per transaction for TalentGraph's loader and LOAD CSV
 * @param naiveFullUpTo    the naive loader loads everything up to this many input records; above, a sample
 * @param naiveSample      records of each file the naive loader loads when it samples
 * @param queryRuns        timed runs per query
 * @param queryBudget      time allowed per query, warm-up and timed runs each
 * @param keepStores       keep the stores after each loader (for inspection) instead of deleting them
 * @param loadCsvReloads   also time {@code LOAD CSV}'s reload and delta, and compare their graphs with TalentGraph's
 * @param queriesOnly      time only the queries: the graph loaded by the offline importer (the fastest loader) plus
 *                         TalentGraph's delta, no other loader, no graphs compared; minutes instead of an hour at a
 *                         million persons
 */
public record BenchOptions(List<Integer> sizes, long seed, Path workDirectory, boolean inProcess, String serverHeap,
                           String pageCache, String loaderHeap, String importerHeap, String importerOffHeap, int batchSize,
                           long naiveFullUpTo, long naiveSample, int queryRuns, Duration queryBudget, boolean keepStores,
                           boolean loadCsvReloads, boolean queriesOnly) {

    /**
     * Checks the values.
     *
     * @param sizes            persons in each generated graph, e.g. 10,000, 100,000 and 1,000,000
     * @param seed             the generator's seed: the same seed, the same graphs
     * @param workDirectory    where data and stores go (several GB at a million persons); reused data is not generated again
     * @param inProcess        run the server and the loaders in this JVM instead of separate processes (no memory
     *                                figures); for the smoke test
     * @param serverHeap       the server process's heap, e.g. {@code 2g}
     * @param pageCache        the server's page cache, e.g. {@code 2g}
     * @param loaderHeap       the heap of TalentGraph's loader process, e.g. {@code 1g}
     * @param importerHeap     the heap of the offline importer's process
     * @param importerOffHeap  the offline importer's {@code --max-off-heap-memory}
     * @param batchSize        records per transaction for TalentGraph's loader and LOAD CSV
     * @param naiveFullUpTo    the naive loader loads everything up to this many input records; above, a sample
     * @param naiveSample      records of each file the naive loader loads when it samples
     * @param queryRuns        timed runs per query
     * @param queryBudget      time allowed per query, warm-up and timed runs each
     * @param keepStores       keep the stores after each loader (for inspection) instead of deleting them
     * @param loadCsvReloads   also time {@code LOAD CSV}'s reload and delta, and compare their graphs with TalentGraph's
     * @param queriesOnly      time only the queries, on the offline importer's store plus TalentGraph's delta
     */
    public BenchOptions {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("Give at least one size");
        }
    }

    /**
     * @param workDirectory where data and stores go
     * @return 10k, 100k and 1M persons, seed 42, separate processes, server 2 GiB heap and 2 GiB page cache,
     *         loader 1 GiB heap, batches of 10,000, naive loader sampled above 60,000 records, 30 runs per query,
     *         LOAD CSV's first load only, every loader
     */
    public static BenchOptions defaults(Path workDirectory) {
        return new BenchOptions(List.of(10_000, 100_000, 1_000_000), 42, workDirectory, false, "2g", "2g", "1g", "1g",
                "2G", 10_000, 60_000, 3_000, 30, Duration.ofSeconds(20), false, false, false);
    }

    /**
     * @param value persons per graph
     * @return a copy with these sizes
     */
    public BenchOptions withSizes(List<Integer> value) {
        return new BenchOptions(value, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param value the seed
     * @return a copy with it
     */
    public BenchOptions withSeed(long value) {
        return new BenchOptions(sizes, value, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param value run everything in this JVM
     * @return a copy with that setting
     */
    public BenchOptions withInProcess(boolean value) {
        return new BenchOptions(sizes, seed, workDirectory, value, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param heap server heap
     * @param cache page cache
     * @return a copy with them
     */
    public BenchOptions withServerMemory(String heap, String cache) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, heap, cache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param heap the loader process's heap
     * @return a copy with it
     */
    public BenchOptions withLoaderHeap(String heap) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, heap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param heap importer process heap
     * @param offHeap importer off-heap memory
     * @return a copy with them
     */
    public BenchOptions withImporterMemory(String heap, String offHeap) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, heap,
                offHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param value records per transaction
     * @return a copy with it
     */
    public BenchOptions withBatchSize(int value) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, value, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param fullUpTo load everything up to this many records
     * @param sample else this many per file
     * @return a copy
     */
    public BenchOptions withNaive(long fullUpTo, long sample) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, fullUpTo, sample, queryRuns, queryBudget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param runs timed runs per query
     * @param budget time per query
     * @return a copy with them
     */
    public BenchOptions withQueries(int runs, Duration budget) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, runs, budget, keepStores, loadCsvReloads, queriesOnly);
    }

    /**
     * @param value also time LOAD CSV's reload and delta
     * @return a copy with that setting
     */
    public BenchOptions withLoadCsvReloads(boolean value) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, value, queriesOnly);
    }

    /**
     * @param value keep the stores
     * @return a copy with that setting
     */
    public BenchOptions withKeepStores(boolean value) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, value, loadCsvReloads, queriesOnly);
    }

    /**
     * @param value time only the queries, on a store the offline importer filled (plus TalentGraph's delta)
     * @return a copy with that setting
     */
    public BenchOptions withQueriesOnly(boolean value) {
        return new BenchOptions(sizes, seed, workDirectory, inProcess, serverHeap, pageCache, loaderHeap, importerHeap,
                importerOffHeap, batchSize, naiveFullUpTo, naiveSample, queryRuns, queryBudget, keepStores, loadCsvReloads,
                value);
    }
}
