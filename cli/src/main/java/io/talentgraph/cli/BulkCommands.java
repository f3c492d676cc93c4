package io.talentgraph.cli;

import io.talentgraph.bench.BenchOptions;
import io.talentgraph.bench.BenchReport;
import io.talentgraph.bench.Benchmark;
import io.talentgraph.bench.synthetic.SyntheticTalentGraph;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.BulkLoadReport;
import io.talentgraph.bulk.BulkLoader;
import io.talentgraph.bulk.BulkOptions;
import io.talentgraph.bulk.BulkProgress;
import io.talentgraph.connect.Database;
import io.talentgraph.offline.OfflineImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Commands for large datasets: generate one, load one, and measure loads and queries against Neo4j's tools. */
final class BulkCommands {

    private BulkCommands() {
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a synthetic talent graph as a bulk input: same seed, same data.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--persons", required = true, paramLabel = "N", description = "People in the graph (at least 100).")
        int persons;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write (created when missing).")
        Path out;

        @Option(names = "--input-format", defaultValue = "csv", paramLabel = "FORMAT",
                description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--delta", paramLabel = "DIR",
                description = "Also write a delta to the graph there: new moves, about 1% of the facts.")
        Path delta;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BulkInput.Format f = format.equalsIgnoreCase("jsonl") ? BulkInput.Format.JSON_LINES : BulkInput.Format.CSV;
            SyntheticTalentGraph graph = SyntheticTalentGraph.of(persons, seed);
            long started = System.nanoTime();
            SyntheticTalentGraph.Summary s = graph.write(out, f);
            PrintWriter w = spec.commandLine().getOut();
            w.printf("Wrote %s to %s: %,d persons, %,d organizations, %,d sources, %,d facts (%,d records; %,d nodes and "
                            + "%,d relationships once loaded) in %.1f s%n", s.datasetId(), out, s.persons(), s.organizations(),
                    s.sources(), s.facts().values().stream().mapToLong(Long::longValue).sum(), s.records(), s.nodes(),
                    s.relationships(), (System.nanoTime() - started) / 1e9);
            if (delta != null) {
                SyntheticTalentGraph.Summary d = graph.writeDelta(delta, 0.01, f);
                w.printf("Wrote %s to %s: %,d facts%n", d.datasetId(), delta, d.facts().values().stream().mapToLong(Long::longValue).sum());
            }
            w.flush();
            return 0;
        }
    }

    @Command(name = "bulk-load", mixinStandardHelpOptions = true,
            description = {"Load a bulk input (a directory of JSON Lines or CSV files: people, organizations, sources, facts;"
                    + " see docs/bulk-loading.md). Validates everything first, then writes in batches; a load that stops"
                    + " resumes from its checkpoint when run again.",
                    "With --offline, fills a new embedded store with Neo4j's offline importer instead."})
    static final class BulkLoad implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The input directory (with manifest.json).")
        Path input;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--batch-size", defaultValue = "" + BulkOptions.DEFAULT_BATCH_SIZE, paramLabel = "N",
                description = "Records per transaction (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--checkpoint", paramLabel = "FILE",
                description = "Where to record progress (default: .talentgraph-checkpoint.json in the input directory).")
        Path checkpoint;

        @Option(names = "--restart", description = "Ignore an existing checkpoint and load from the start.")
        boolean restart;

        @Option(names = "--flow", defaultValue = "auto", paramLabel = "MODE",
                description = "Keep the talent flow aggregate by: auto, incremental, rebuild (default: ${DEFAULT-VALUE}).")
        String flow;

        @Option(names = "--validate-only", description = "Check the input (against the graph, for references) and stop.")
        boolean validateOnly;

        @Option(names = "--offline", description = "First load into a new --store with Neo4j's offline importer.")
        boolean offline;

        @Option(names = "--overwrite", description = "With --offline: replace an existing store.")
        boolean overwrite;

        @Option(names = "--max-off-heap", defaultValue = "2G", paramLabel = "SIZE",
                description = "With --offline: the importer's off-heap memory (default: ${DEFAULT-VALUE}).")
        String maxOffHeap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BulkInput bulk = BulkInput.open(input);
            PrintWriter out = spec.commandLine().getOut();
            Map<String, String> env = ((Main) spec.root().userObject()).env();
            if (offline) {
                if (connection.serverConfig(env).isPresent()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--offline writes store files directly: use it with --store, not with a server URI.");
                }
                OfflineImport.Result r = OfflineImport.run(bulk, connection.storeDirectory(env),
                        OfflineImport.Options.defaults().withMaxOffHeapMemory(maxOffHeap).withOverwrite(overwrite));
                out.printf("Imported %s into %s: %,d records, %,d nodes, %,d relationships in %.1f s (%.1f s preparing, "
                                + "%.1f s importing, %.1f s schema and talent flow)%n", bulk.datasetId(), r.store(), r.records(),
                        r.nodes(), r.relationships(), r.totalMillis() / 1e3, r.prepareMillis() / 1e3,
                        r.importMillis() / 1e3, r.schemaMillis() / 1e3);
                out.flush();
                return 0;
            }
            BulkOptions options = BulkOptions.defaults().withBatchSize(batchSize).withCheckpoint(checkpoint)
                    .withRestart(restart).withFlowMode(BulkOptions.FlowMode.valueOf(flow.toUpperCase()))
                    .withProgress(progress(spec.commandLine().getErr()));
            try (Database db = connection.open((Main) spec.root().userObject())) {
                BulkLoader loader = new BulkLoader(db, options);
                if (validateOnly) {
                    Map<BulkInput.Part, Long> records = loader.validateAgainstDatabase(bulk);
                    out.println(input + ": valid " + records);
                    out.flush();
                    return 0;
                }
                BulkLoadReport r = loader.load(bulk);
                out.printf("Loaded %s into %s: %,d records (%,d written by this run) in %.1f s, %,.0f records/s "
                                + "(%.1f s validating, %.1f s writing, %.1f s talent flow, %s); %,d nodes and %,d relationships created%n",
                        r.datasetId(), db.describe(), r.totalRecords(), r.recordsWritten(), r.totalMillis() / 1e3,
                        r.recordsPerSecond(), r.validateMillis() / 1e3, r.writeMillis() / 1e3, r.flowMillis() / 1e3,
                        r.flowMode().name().toLowerCase(), r.nodesCreated(), r.relationshipsCreated());
                out.flush();
                return 0;
            }
        }

        /** On a terminal, one line redrawn in place; otherwise a timestamped line every ten seconds. */
        private static Consumer<BulkProgress> progress(PrintWriter err) {
            boolean terminal = System.console() != null;
            long[] last = {0};
            String[] phase = {""};
            return p -> {
                long now = System.nanoTime();
                boolean newPhase = !p.phase().equals(phase[0]);
                if (terminal && (now - last[0] > 250_000_000L || newPhase)) {
                    err.print((newPhase && !phase[0].isEmpty() ? "\n" : "\r") + p.describe() + "          ");
                    err.flush();
                    last[0] = now;
                } else if (!terminal && (now - last[0] > 10_000_000_000L || newPhase)) {
                    err.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " bulk-load: " + p.describe());
                    err.flush();
                    last[0] = now;
                }
                phase[0] = p.phase();
            };
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Benchmark bulk loads and queries on generated graphs: TalentGraph's loader against LOAD CSV with "
                    + "CALL IN TRANSACTIONS, Neo4j's offline importer and a naive loader, then the latency of every query.",
                    "Takes about an hour with the default sizes on 2 cores (--queries-only: minutes); see docs/benchmarks.md."})
    static final class Bench implements Callable<Integer> {
        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,N",
                description = "Persons per graph (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes = new ArrayList<>();

        @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
                description = "Data and stores; tens of GB at a million persons (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--doc", paramLabel = "FILE", description = "Also write the results into this Markdown file, "
                + "between its bench markers (e.g. docs/benchmarks.md).")
        Path doc;

        @Option(names = "--in-process", description = "Run servers and loaders in this JVM (no memory figures).")
        boolean inProcess;

        @Option(names = "--server-heap", defaultValue = "2g", paramLabel = "SIZE", description = "Server heap (default: ${DEFAULT-VALUE}).")
        String serverHeap;

        @Option(names = "--page-cache", defaultValue = "2g", paramLabel = "SIZE", description = "Server page cache (default: ${DEFAULT-VALUE}).")
        String pageCache;

        @Option(names = "--loader-heap", defaultValue = "1g", paramLabel = "SIZE",
                description = "Heap of TalentGraph's loader process (default: ${DEFAULT-VALUE}).")
        String loaderHeap;

        @Option(names = "--batch-size", defaultValue = "" + BulkOptions.DEFAULT_BATCH_SIZE, paramLabel = "N",
                description = "Records per transaction (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--naive-sample", defaultValue = "3000", paramLabel = "N",
                description = "Records per file the naive loader loads on inputs above 60,000 records (default: ${DEFAULT-VALUE}).")
        long naiveSample;

        @Option(names = "--query-runs", defaultValue = "30", paramLabel = "N", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
        int queryRuns;

        @Option(names = "--keep-stores", description = "Keep each loader's store instead of deleting it.")
        boolean keepStores;

        @Option(names = "--load-csv-reloads", description = "Also time LOAD CSV's reload and delta (and compare their graphs).")
        boolean loadCsvReloads;

        @Option(names = "--queries-only", description = "Time only the queries: load each graph with the offline importer "
                + "(the fastest loader) and TalentGraph's delta, skip the other loaders and the graph comparison; "
                + "--doc writes between the document's bench-queries markers.")
        boolean queriesOnly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BenchOptions options = BenchOptions.defaults(work.toAbsolutePath()).withSizes(sizes).withSeed(seed)
                    .withInProcess(inProcess).withServerMemory(serverHeap, pageCache).withLoaderHeap(loaderHeap)
                    .withBatchSize(batchSize).withNaive(60_000, naiveSample).withQueries(queryRuns, Duration.ofSeconds(20))
                    .withKeepStores(keepStores).withLoadCsvReloads(loadCsvReloads).withQueriesOnly(queriesOnly);
            double loadAtStart = BenchReport.loadAverage();
            List<Benchmark.SizeResult> results = new Benchmark(options).run();
            String javaOptions = ((Main) spec.root().userObject()).env().get("TALENTGRAPH_JAVA_OPTS");
            String command = (javaOptions == null ? "" : "TALENTGRAPH_JAVA_OPTS=\"" + javaOptions + "\" ") + "./talentgraph "
                    + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            String report = BenchReport.markdown(results, options, command, loadAtStart);
            spec.commandLine().getOut().println(report);
            spec.commandLine().getOut().flush();
            if (doc != null) {
                BenchReport.writeInto(doc, report, options);
            }
            return results.stream().allMatch(Benchmark.SizeResult::graphsEqual) ? 0 : 1;
        }
    }
}
