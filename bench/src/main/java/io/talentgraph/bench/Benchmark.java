package io.talentgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.TalentGraphException;
import io.talentgraph.bench.synthetic.SyntheticTalentGraph;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.ServerConfig;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark: for each size, one generated talent graph (CSV), loaded into a fresh store by each of
 * <ol>
 *   <li>TalentGraph's bulk loader (in its own process, over Bolt), then loaded again (the idempotent path),
 *       then a 1% delta;</li>
 *   <li>{@code LOAD CSV} with {@code CALL { } IN TRANSACTIONS}, Neo4j's recommended online path (then the same
 *       reload and delta);</li>
 *   <li>Neo4j's offline importer (in its own process), with TalentGraph's schema and talent flow built after;</li>
 *   <li>a naive loader, one statement per transaction (sampled and extrapolated on large inputs);</li>
 * </ol>
 * with the graphs compared ({@link Fingerprint}), then the latency of every query call on TalentGraph's store.
 * Every server is the same embedded Neo4j in a process of its own, so the loader's memory is measured alone.
 * With {@link BenchOptions#queriesOnly()} only the offline importer (and TalentGraph's delta) runs, then the queries:
 * the way to time queries at a million persons without an hour of loaders first.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Names of the loaders, as the report shows them. */
    static final String TALENTGRAPH = "TalentGraph loader";
    static final String LOAD_CSV = "LOAD CSV + CALL IN TRANSACTIONS";
    static final String OFFLINE = "offline importer (neo4j-admin)";
    static final String NAIVE = "naive (one statement per transaction)";

    /**
     * One timed load.
     *
     * @param loader       which loader
     * @param phase        {@code first load}, {@code reload} or {@code delta}
     * @param records      input records
     * @param millis       time, from start to a usable graph (schema and talent flow included)
     * @param extrapolated whether the time is extrapolated from a sample
     * @param peakHeap     the loader process's peak used heap, or -1 when not measured
     * @param maxHeap      the loader process's maximum heap, or -1
     * @param peakRss      the loader process's peak resident memory, or -1
     * @param serverRss    the server process's peak resident memory, or -1
     * @param detail       how the time splits up
     */
    public record Load(String loader, String phase, long records, long millis, boolean extrapolated, long peakHeap,
                       long maxHeap, long peakRss, long serverRss, String detail) {
        /** @return records per second */
        public double recordsPerSecond() {
            return millis == 0 ? 0 : records * 1000.0 / millis;
        }
    }

    /**
     * Everything measured at one size.
     *
     * @param persons      persons in the graph
     * @param summary      what the generator wrote
     * @param inputBytes   size of the CSV input
     * @param generateMillis time to generate it (0 when reused)
     * @param loads        the timed loads
     * @param fingerprints each complete load's fingerprint, by loader and phase
     * @param queries      query latencies on TalentGraph's store
     */
    public record SizeResult(int persons, SyntheticTalentGraph.Summary summary, long inputBytes, long generateMillis,
                             List<Load> loads, Map<String, Map<String, List<Long>>> fingerprints,
                             List<QueryBench.Latency> queries) {

        /** @return whether every complete first load wrote the same graph, and every reload and delta too */
        public boolean graphsEqual() {
            return mismatches().isEmpty();
        }

        /** @return the loads whose graph differs from TalentGraph's loader's, e.g. {@code naive first load} */
        public List<String> mismatches() {
            List<String> out = new ArrayList<>();
            fingerprints.forEach((key, value) -> {
                String phase = key.substring(key.indexOf('|') + 1);
                Map<String, List<Long>> reference = fingerprints.get(TALENTGRAPH + "|" + phase);
                if (reference != null && !reference.equals(value)) {
                    out.add(key.replace('|', ' '));
                }
            });
            return out;
        }

        /**
         * @param loader a loader
         * @param phase a phase
         * @return its load, if it ran
         */
        public java.util.Optional<Load> load(String loader, String phase) {
            return loads.stream().filter(l -> l.loader().equals(loader) && l.phase().equals(phase)).findFirst();
        }
    }

    private final BenchOptions options;

    /** @param options how to run */
    public Benchmark(BenchOptions options) {
        this.options = options;
    }

    /** @return the results, one per size, in the order of the sizes */
    public List<SizeResult> run() {
        List<SizeResult> results = new ArrayList<>();
        for (int persons : options.sizes()) {
            results.add(runSize(persons));
        }
        return results;
    }

    private SizeResult runSize(int persons) {
        Generated data = generate(persons);
        return options.queriesOnly() ? queriesOnly(persons, data) : everyLoader(persons, data);
    }

    /**
     * The generated input of one size, and its delta.
     *
     * @param dir            the size's directory under the work directory
     * @param input          the graph, as bulk input
     * @param delta          about 1% new facts to load after it
     * @param summary        what the generator wrote
     * @param generateMillis time to generate it, 0 when reused
     */
    private record Generated(Path dir, Path input, Path delta, SyntheticTalentGraph.Summary summary, long generateMillis) {
    }

    /** Generates the graph of a size, or reuses the one an earlier run left in the work directory. */
    private Generated generate(int persons) {
        Path dir = options.workDirectory().resolve("persons-" + persons + "-seed-" + options.seed());
        Path input = dir.resolve("input");
        Path delta = dir.resolve("delta");
        Path summaryFile = dir.resolve("summary.json");
        try {
            if (Files.exists(summaryFile) && Files.exists(input.resolve(BulkInput.MANIFEST)) && Files.exists(delta)) {
                LOG.info("Reusing the generated graph of {} persons in {}", persons, dir);
                return new Generated(dir, input, delta, JSON.readValue(summaryFile.toFile(), SyntheticTalentGraph.Summary.class), 0);
            }
            deleteTree(dir);
            SyntheticTalentGraph generator = SyntheticTalentGraph.of(persons, options.seed());
            long started = System.nanoTime();
            SyntheticTalentGraph.Summary summary = generator.write(input, BulkInput.Format.CSV);
            generator.writeDelta(delta, 0.01, BulkInput.Format.CSV);
            long generateMillis = (System.nanoTime() - started) / 1_000_000;
            JSON.writeValue(summaryFile.toFile(), summary);
            LOG.info("Generated {} persons ({} records) in {} ms", persons, summary.records(), generateMillis);
            return new Generated(dir, input, delta, summary, generateMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only the queries: the offline importer, the fastest loader, fills the store; TalentGraph's loader adds the
     * delta, so that the queries read the same graph as in a run of every loader (there, TalentGraph's store after
     * its delta; the fingerprints of such runs show the offline importer's graph equal to TalentGraph's first load).
     */
    private SizeResult queriesOnly(int persons, Generated data) {
        List<Load> loads = new ArrayList<>();
        List<QueryBench.Latency> queries;
        Path store = fresh(data.dir().resolve("store-offline"));
        try (OfflineStore offline = importOffline(store, data)) {
            loads.add(offline.load());
            loads.add(talentGraphLoad(offline.server(), "delta", data.delta(), data.dir()));
            queries = timeQueries(offline.server(), data);
        }
        dropStore(store);
        return new SizeResult(persons, data.summary(), sizeOf(data.input()), data.generateMillis(), loads, Map.of(), queries);
    }

    private SizeResult everyLoader(int persons, Generated data) {
        Path dir = data.dir();
        Path input = data.input();
        Path delta = data.delta();
        SyntheticTalentGraph.Summary summary = data.summary();
        long deltaRecords = BulkInput.open(delta).file(BulkInput.Part.FACTS).map(f -> lines(f.path()) - 1).orElse(0L);
        List<Load> loads = new ArrayList<>();
        Map<String, Map<String, List<Long>>> fingerprints = new LinkedHashMap<>();
        List<QueryBench.Latency> queries;

        // TalentGraph's loader: first load, reload, delta; then the queries on that store.
        Path store = fresh(dir.resolve("store-talentgraph"));
        try (Server server = startServer(store, dir)) {
            for (String phase : List.of("first load", "reload", "delta")) {
                loads.add(talentGraphLoad(server, phase, phase.equals("delta") ? delta : input, dir));
                fingerprints.put(TALENTGRAPH + "|" + phase, server.fingerprint());
            }
            queries = timeQueries(server, data);
        }
        dropStore(store);

        // LOAD CSV + CALL IN TRANSACTIONS: first load (and, when asked, reload and delta).
        store = fresh(dir.resolve("store-load-csv"));
        try (Server server = startServer(store, dir); Database db = server.connect()) {
            LoadCsvLoader loader = new LoadCsvLoader(db, dir, options.batchSize());
            for (String phase : options.loadCsvReloads() ? List.of("first load", "reload", "delta") : List.of("first load")) {
                long millis = loader.load(phase.equals("delta") ? delta : input);
                loads.add(new Load(LOAD_CSV, phase, phase.equals("delta") ? deltaRecords : summary.records(), millis,
                        false, -1, -1, -1, server.peakRssBytes(), "schema, LOAD CSV passes and talent flow rebuild"));
                fingerprints.put(LOAD_CSV + "|" + phase, server.fingerprint());
            }
        }
        dropStore(store);

        // The offline importer, into a new store; then the store is opened to compare it.
        store = fresh(dir.resolve("store-offline"));
        try (OfflineStore offline = importOffline(store, data)) {
            loads.add(offline.load());
            fingerprints.put(OFFLINE + "|first load", offline.server().fingerprint());
        }
        dropStore(store);

        // The naive loader: everything on small inputs, a sample of each file on large ones.
        store = fresh(dir.resolve("store-naive"));
        try (Server server = startServer(store, dir); Database db = server.connect()) {
            boolean full = summary.records() <= options.naiveFullUpTo();
            NaiveLoader.Result naive = new NaiveLoader(db).load(input, full ? Long.MAX_VALUE : options.naiveSample());
            if (naive.complete()) {
                loads.add(new Load(NAIVE, "first load", naive.records(), naive.millis(), false, -1, -1, -1,
                        server.peakRssBytes(), "every record"));
                fingerprints.put(NAIVE + "|first load", server.fingerprint());
            } else {
                long flowMillis = loads.stream().filter(l -> l.loader().equals(TALENTGRAPH) && l.phase().equals("first load"))
                        .findFirst().map(l -> parseFlowMillis(l.detail())).orElse(0L);
                double millis = flowMillis;
                BulkInput in = BulkInput.open(input);
                StringBuilder rates = new StringBuilder();
                for (BulkInput.File f : in.files()) {
                    double perRecord = naive.millisPerRecord().getOrDefault(f.part(), 0.0);
                    millis += perRecord * (lines(f.path()) - 1);
                    rates.append(rates.length() == 0 ? "" : ", ").append(f.part().fileName()).append(' ')
                            .append(String.format("%.2f ms", perRecord));
                }
                loads.add(new Load(NAIVE, "first load", summary.records(), (long) millis, true, -1, -1, -1,
                        server.peakRssBytes(), "extrapolated from the first " + options.naiveSample()
                        + " records of each file (" + rates + " per record) plus the talent flow rebuild"));
            }
        }
        dropStore(store);
        SizeResult result = new SizeResult(persons, summary, sizeOf(input), data.generateMillis(), loads, fingerprints,
                queries);
        LOG.info("{} persons: graphs equal: {}{}", persons, result.graphsEqual(),
                result.graphsEqual() ? "" : " (differ: " + result.mismatches() + ")");
        fingerprints.forEach((key, value) -> {
            Map<String, List<Long>> reference = fingerprints.get(TALENTGRAPH + "|" + key.substring(key.indexOf('|') + 1));
            if (reference != null && !reference.equals(value)) {
                LOG.warn("{} differs from TalentGraph's loader: {}", key.replace('|', ' '), Fingerprint.differences(reference, value));
            }
        });
        return result;
    }

    private static long parseFlowMillis(String detail) {
        int at = detail.indexOf("talent flow ");
        if (at < 0) {
            return 0;
        }
        String rest = detail.substring(at + 12);
        return (long) (Double.parseDouble(rest.substring(0, rest.indexOf(' ')).replace("s", "")) * 1000);
    }

    // ---- loaders in processes of their own ---------------------------------------------------------

    /** Loads input (or a delta) into the server's store with TalentGraph's loader, timed, in its own process. */
    private Load talentGraphLoad(Server server, String phase, Path input, Path dir) {
        Map<String, Object> r = runTalentGraphLoader(server.uri(), input, dir);
        return new Load(TALENTGRAPH, phase, number(r, "records"), number(r, "loadMillis"), false,
                number(r, "peakHeapBytes"), number(r, "maxHeapBytes"), number(r, "peakRssBytes"),
                server.peakRssBytes(), "schema " + seconds(number(r, "schemaMillis")) + ", validate "
                + seconds(number(r, "validateMillis")) + ", write "
                + seconds(number(r, "writeMillis")) + ", talent flow " + seconds(number(r, "flowMillis"))
                + " (" + r.get("flowMode").toString().toLowerCase() + ")");
    }

    private List<QueryBench.Latency> timeQueries(Server server, Generated data) {
        try (Database db = server.connect()) {
            return new QueryBench(db, data.input(), options.queryRuns(), options.queryBudget()).run();
        }
    }

    /**
     * A store the offline importer filled, and a server on it; closing stops the server (the store stays).
     *
     * @param load   the import, timed
     * @param server the server on the store
     */
    private record OfflineStore(Load load, Server server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }

    /** Fills a new store with the offline importer, timed, then starts a server on it (which the importer cannot). */
    private OfflineStore importOffline(Path store, Generated data) {
        Map<String, Object> r = offlineImport(store, data.input());
        Load load = new Load(OFFLINE, "first load", number(r, "records"), number(r, "loadMillis"), false,
                number(r, "peakHeapBytes"), number(r, "maxHeapBytes"), number(r, "peakRssBytes"),
                -1, "validate and write CSV " + seconds(number(r, "prepareMillis")) + ", import "
                + seconds(number(r, "importMillis")) + ", schema and talent flow "
                + seconds(number(r, "schemaMillis")));
        return new OfflineStore(load, startServer(store, data.dir()));
    }

    private Map<String, Object> runTalentGraphLoader(String uri, Path input, Path dir) {
        Path checkpoint = dir.resolve("checkpoint.json");
        if (options.inProcess()) {
            return BenchChild.load(uri, input, options.batchSize(), checkpoint, false);
        }
        return child(options.loaderHeap(), "load", uri, input.toString(), String.valueOf(options.batchSize()),
                checkpoint.toString());
    }

    private Map<String, Object> offlineImport(Path store, Path input) {
        if (options.inProcess()) {
            return BenchChild.offline(store, input, options.importerOffHeap(), "64m", false);
        }
        return child(options.importerHeap(), "offline", store.toString(), input.toString(), options.importerOffHeap(),
                options.pageCache());
    }

    /** Runs {@link BenchChild} in a new JVM and returns what it printed after {@code RESULT}. */
    private Map<String, Object> child(String heap, String... args) {
        List<String> command = new ArrayList<>(java(heap));
        command.add(BenchChild.class.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            String result = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        result = line.substring(7);
                    }
                }
            }
            int code = process.waitFor();
            if (code != 0 || result == null) {
                throw new TalentGraphException("The benchmark's " + args[0] + " process failed (exit code " + code
                        + "); its errors are above.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(result, Map.class);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TalentGraphException("Interrupted", e);
        }
    }

    /** The command line of a JVM like this one: same java, same class path, the flags Neo4j's own launcher adds. */
    private static List<String> java(String heap) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ArrayList<>(List.of(java, "-Xmx" + heap,
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
    }

    // ---- servers ----------------------------------------------------------------------------------

    /** A running server, in a process of its own or in this JVM. */
    private interface Server extends AutoCloseable {
        String uri();

        long peakRssBytes();

        @Override
        void close();

        default Database connect() {
            return Databases.connect(ServerConfig.of(uri()));
        }

        default Map<String, List<Long>> fingerprint() {
            try (Database db = connect()) {
                return Fingerprint.of(db);
            }
        }
    }

    private Server startServer(Path store, Path importDir) {
        int port = freePort();
        String uri = "bolt://127.0.0.1:" + port;
        if (options.inProcess()) {
            DatabaseManagementService service = BenchServer.start(store, port, importDir, "64m");
            return new Server() {
                @Override
                public String uri() {
                    return uri;
                }

                @Override
                public long peakRssBytes() {
                    return -1;
                }

                @Override
                public void close() {
                    service.shutdown();
                }
            };
        }
        List<String> command = new ArrayList<>(java(options.serverHeap()));
        command.addAll(List.of(BenchServer.class.getName(), store.toString(), String.valueOf(port), importDir.toString(),
                options.pageCache()));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("READY"));
            if (line == null) {
                throw new TalentGraphException("The benchmark's Neo4j server did not start; its errors are above.");
            }
            return new Server() {
                @Override
                public String uri() {
                    return uri;
                }

                @Override
                public long peakRssBytes() {
                    return Memory.peakRssBytes(process.pid());
                }

                @Override
                public void close() {
                    try {
                        process.getOutputStream().close();
                        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                            process.destroy();
                            process.waitFor();
                        }
                        out.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- files --------------------------------------------------------------------------------------

    private static Path fresh(Path store) {
        deleteTree(store);
        return store;
    }

    private void dropStore(Path store) {
        if (!options.keepStores()) {
            deleteTree(store);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v instanceof Number n ? n.longValue() : -1;
    }

    static String seconds(long millis) {
        return millis < 0 ? "n/a" : String.format("%.1f s", millis / 1000.0);
    }
}
