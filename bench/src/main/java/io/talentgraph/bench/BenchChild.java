package io.talentgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.BulkLoadReport;
import io.talentgraph.bulk.BulkLoader;
import io.talentgraph.bulk.BulkOptions;
import io.talentgraph.bulk.BulkProgress;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.offline.OfflineImport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A loader run in a process of its own, so that the benchmark measures its heap and resident memory alone:
 * {@code BenchChild load URI INPUT BATCH CHECKPOINT} runs TalentGraph's bulk loader against a server;
 * {@code BenchChild offline STORE INPUT OFF_HEAP PAGE_CACHE} runs Neo4j's offline importer. It prints one line,
 * {@code RESULT {json}}, with the loader's report and its memory; progress goes to standard error.
 */
public final class BenchChild {

    private BenchChild() {
    }

    /**
     * @param args the mode and its arguments
     * @throws Exception when the load fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, Object> result = switch (args[0]) {
            case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), true);
            case "offline" -> offline(Path.of(args[1]), Path.of(args[2]), args[3], args[4], true);
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        };
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
        System.out.flush();
        System.exit(0);
    }

    static Map<String, Object> load(String uri, Path input, int batchSize, Path checkpoint, boolean ownProcess) {
        Map<String, Object> result = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Memory.HeapSampler heap = new Memory.HeapSampler();
             Database db = Databases.connect(ServerConfig.of(uri))) {
            long loadStarted = System.nanoTime();
            BulkLoadReport report = new BulkLoader(db, BulkOptions.defaults().withBatchSize(batchSize)
                    .withCheckpoint(checkpoint).withRestart(true).withProgress(progress("talentgraph loader", ownProcess)))
                    .load(BulkInput.open(input));
            // The whole load, schema included, as the other loaders are timed.
            long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
            result.put("records", report.totalRecords());
            result.put("batches", report.batches());
            result.put("nodesCreated", report.nodesCreated());
            result.put("relationshipsCreated", report.relationshipsCreated());
            result.put("flowMode", report.flowMode().name());
            result.put("validateMillis", report.validateMillis());
            result.put("writeMillis", report.writeMillis());
            result.put("flowMillis", report.flowMillis());
            result.put("schemaMillis", loadMillis - report.totalMillis());
            result.put("loadMillis", loadMillis);
            memory(result, heap, started, ownProcess);
        }
        return result;
    }

    static Map<String, Object> offline(Path store, Path input, String offHeap, String pageCache, boolean ownProcess) {
        Map<String, Object> result = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Memory.HeapSampler heap = new Memory.HeapSampler()) {
            OfflineImport.Result r = OfflineImport.run(BulkInput.open(input), store, OfflineImport.Options.defaults()
                    .withMaxOffHeapMemory(offHeap).withPageCache(pageCache));
            result.put("records", r.records());
            result.put("nodes", r.nodes());
            result.put("relationships", r.relationships());
            result.put("prepareMillis", r.prepareMillis());
            result.put("importMillis", r.importMillis());
            result.put("schemaMillis", r.schemaMillis());
            result.put("loadMillis", r.totalMillis());
            memory(result, heap, started, ownProcess);
        }
        return result;
    }

    private static void memory(Map<String, Object> result, Memory.HeapSampler heap, long started, boolean ownProcess) {
        result.put("wallMillis", (System.nanoTime() - started) / 1_000_000);
        if (ownProcess) {
            result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            result.put("peakHeapBytes", heap.peakBytes());
            result.put("peakHeapPoolsBytes", Memory.peakHeapPoolsBytes());
            result.put("peakRssBytes", Memory.peakRssBytes());
        }
    }

    /** Progress every 10 seconds: on standard error in a process of its own (the benchmark copies it), else logged. */
    private static Consumer<BulkProgress> progress(String who, boolean ownProcess) {
        long[] last = {0};
        return p -> {
            long now = System.nanoTime();
            if (now - last[0] > 10_000_000_000L) {
                last[0] = now;
                if (ownProcess) {
                    System.err.println(who + ": " + p.describe());
                } else {
                    LOG.info("{}: {}", who, p.describe());
                }
            }
        };
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BenchChild.class);
}
