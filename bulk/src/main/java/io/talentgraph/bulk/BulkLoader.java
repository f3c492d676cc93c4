package io.talentgraph.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentgraph.TalentGraphException;
import io.talentgraph.bulk.read.InputRecord;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Source;
import io.talentgraph.dataset.EntryBinder;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.write.GraphWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Loads a {@link BulkInput} of any size into the graph, with the graph model and idempotence of
 * {@link io.talentgraph.load.GraphLoader} (the same Cypher), in two streaming passes:
 * <ol>
 *   <li><b>validate</b> every record (file, line and field for each problem), while the schema is applied; if
 *       anything is wrong, nothing is written. A load resumed from its checkpoint does not validate again: the
 *       checkpoint keeps what validation found;</li>
 *   <li><b>write</b> people, organizations, sources (two sessions at once: they cannot conflict), their links, then
 *       facts, in batches of {@link BulkOptions#batchSize()} consecutive records of one file, one transaction each,
 *       while a reader thread reads the next batch and prepares its statements ({@link GraphWrites.Prepared}: the
 *       rows as parallel lists). After each commit the checkpoint records how far
 *       each file is done, so that a load that stopped (a crash, a lost connection) resumes where it stopped when
 *       run again.</li>
 * </ol>
 * Memory stays flat as the input grows: at most four batches are held, plus an index of the ids the input
 * defines (16-27 bytes each) for checking references.
 *
 * <p>The talent flow aggregate is kept correct: updated in each batch's transaction for a load that is small next
 * to the graph, or marked stale and rebuilt once at the end for one that is not (see {@link BulkOptions.FlowMode}).
 */
public final class BulkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);

    /** The checkpoint's file name in the input directory, unless {@link BulkOptions#checkpoint()} says otherwise. */
    public static final String CHECKPOINT_FILE = ".talentgraph-checkpoint.json";

    private static final String SOURCE_LINKS = "source links";

    /** Sessions that write the people, organizations and sources at once. */
    private static final int NODE_WRITERS = 2;

    private static final String KINDS_OF_IDS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (p:%s {id: id})
            OPTIONAL MATCH (o:%s {id: id})
            OPTIONAL MATCH (s:%s {id: id})
            OPTIONAL MATCH (g:%s {id: id})
            OPTIONAL MATCH (x:%s {id: id})
            OPTIONAL MATCH (c:%s {id: id})
            WITH id, CASE WHEN p IS NOT NULL THEN 'person' WHEN o IS NOT NULL THEN 'organization'
                          WHEN s IS NOT NULL THEN 'source' WHEN g IS NOT NULL THEN 'group'
                          WHEN x IS NOT NULL THEN 'product' WHEN c IS NOT NULL THEN 'claim' END AS kind
            WHERE kind IS NOT NULL
            RETURN id, kind
            """.formatted(NodeLabel.PERSON.cypherName(), NodeLabel.ORGANIZATION.cypherName(), NodeLabel.SOURCE.cypherName(),
            NodeLabel.HIRING_GROUP.cypherName(), NodeLabel.PRODUCT.cypherName(), NodeLabel.CLAIM.cypherName());

    private final Database database;
    private final BulkOptions options;

    /** @param database where to load, with {@link BulkOptions#defaults()} */
    public BulkLoader(Database database) {
        this(database, BulkOptions.defaults());
    }

    /**
     * @param database where to load
     * @param options  batch size, checkpoint, flow mode, progress
     */
    public BulkLoader(Database database, BulkOptions options) {
        this.database = database;
        this.options = options;
    }

    /**
     * Validates an input without a database: references must all resolve inside the input.
     *
     * @param input the input
     * @return records per part
     * @throws io.talentgraph.dataset.InvalidDatasetException listing the problems
     */
    public static Map<BulkInput.Part, Long> validate(BulkInput input) {
        return new InputValidator(input, null).validate(n -> { }).records();
    }

    /**
     * Validates an input against this loader's database: references may also name what the database holds.
     *
     * @param input the input
     * @return records per part
     * @throws io.talentgraph.dataset.InvalidDatasetException listing the problems
     */
    public Map<BulkInput.Part, Long> validateAgainstDatabase(BulkInput input) {
        return new InputValidator(input, this::kindsInDatabase).validate(n -> { }).records();
    }

    /**
     * Validates the input, then writes it; resumes from the checkpoint of an unfinished load of the same input
     * into the same database unless {@link BulkOptions#restart()}.
     *
     * @param input the input
     * @return what was done
     * @throws io.talentgraph.dataset.InvalidDatasetException when the input is invalid; nothing was written
     */
    public BulkLoadReport load(BulkInput input) {
        Path checkpointFile = options.checkpoint() != null ? options.checkpoint() : input.directory().resolve(CHECKPOINT_FILE);
        String fingerprint = input.fingerprint();
        Checkpoint resumed = options.restart() ? null : Checkpoint.resume(checkpointFile, fingerprint, database.describe());

        // The schema is the server's work and validation the loader's: one runs while the other does.
        CompletableFuture<Void> schema = new CompletableFuture<>();
        Thread schemaThread = new Thread(() -> {
            try {
                GraphSchema.apply(database);
                schema.complete(null);
            } catch (Throwable e) {
                schema.completeExceptionally(e);
            }
        }, "talentgraph-bulk-schema");
        schemaThread.setDaemon(true);
        schemaThread.start();

        long started = System.nanoTime();
        InputValidator.Result validated;
        try {
            if (resumed != null && resumed.validated() != null) {
                // The checkpoint's input (same files, sizes and times) was validated when its load started.
                validated = resumed.validated();
                LOG.info("Not validating {} again: the load resumed from {} validated it", input, checkpointFile);
            } else {
                validated = new InputValidator(input, this::kindsInDatabase).validate(n -> options.progress()
                        .accept(new BulkProgress("validating", n, 0, rate(n, started), null)));
                LOG.info("Validated {}: {} records in {} ms (id index {} KiB)", input, validated.total(),
                        millisSince(started), validated.idIndexBytes() / 1024);
            }
        } catch (RuntimeException e) {
            awaitQuietly(schema);
            throw e;
        }
        long validateMillis = millisSince(started);
        await(schema);

        BulkOptions.FlowMode mode = resumed != null ? BulkOptions.FlowMode.valueOf(resumed.flowMode()) : flowMode(validated);
        Checkpoint checkpoint = resumed != null ? resumed
                : Checkpoint.fresh(checkpointFile, fingerprint, database.describe(), mode.name(), validated);
        if (resumed != null) {
            LOG.info("Resuming {} from {}: {} records already loaded", input, checkpointFile, resumed.totalDone());
        } else {
            checkpoint.save();
        }
        if (mode == BulkOptions.FlowMode.REBUILD) {
            TalentFlowAggregate.markStale(database);
        }

        long[] before = counts();
        Run run = new Run(input, validated, checkpoint, mode);
        long writeStarted = System.nanoTime();
        run.writeAll();
        long writeMillis = millisSince(writeStarted);

        long flowStarted = System.nanoTime();
        if (mode == BulkOptions.FlowMode.REBUILD) {
            options.progress().accept(new BulkProgress("talent flow", run.done, run.total, 0, null));
            TalentFlowAggregate.rebuild(database);
        } else {
            if (run.flowStale.get()) {
                options.progress().accept(new BulkProgress("talent flow", run.done, run.total, 0, null));
            }
            // Also what an earlier load that stopped midway left stale.
            TalentFlowAggregate.rebuildStale(database);
        }
        long flowMillis = millisSince(flowStarted);
        long[] after = counts();
        checkpoint.delete();
        BulkLoadReport report = new BulkLoadReport(input.datasetId(), validated.records(), run.written, run.batches,
                after[0] - before[0], after[1] - before[1], mode, validateMillis, writeMillis, flowMillis);
        LOG.info("Loaded {}: {} records ({} written now) in {} ms ({} validating, {} writing, {} talent flow); "
                        + "{} nodes and {} relationships created", input, report.totalRecords(), report.recordsWritten(),
                report.totalMillis(), validateMillis, writeMillis, flowMillis, report.nodesCreated(),
                report.relationshipsCreated());
        return report;
    }

    private static void await(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (RuntimeException e) {
            LOG.debug("Applying the schema failed too", e);
        }
    }

    private BulkOptions.FlowMode flowMode(InputValidator.Result validated) {
        if (options.flow() != BulkOptions.FlowMode.AUTO) {
            return options.flow();
        }
        long existing = database.read(tx -> tx.run("MATCH ()-[r:HIRED_FROM]->() RETURN count(r) AS c")).get(0).longValue("c");
        // Updating per batch costs about as much per hire as the rebuild does, but the rebuild visits the whole
        // graph: rebuild when the input brings a good part of the hires.
        return existing == 0 || validated.flowFacts() * 5 > existing ? BulkOptions.FlowMode.REBUILD
                : BulkOptions.FlowMode.INCREMENTAL;
    }

    private long[] counts() {
        Row row = database.read(tx -> tx.run("CALL { MATCH (n) RETURN count(n) AS nodes } "
                + "CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")).get(0);
        return new long[] {row.longValue("nodes"), row.longValue("rels")};
    }

    private Map<String, String> kindsInDatabase(Collection<String> ids) {
        Map<String, String> kinds = new HashMap<>();
        database.read(tx -> tx.run(KINDS_OF_IDS, Map.of("ids", List.copyOf(ids))))
                .forEach(r -> kinds.put(r.string("id"), r.string("kind")));
        return kinds;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static double rate(long records, long sinceNanos) {
        double seconds = (System.nanoTime() - sinceNanos) / 1e9;
        return seconds <= 0 ? 0 : records / seconds;
    }

    /** One run of the write pass. */
    private final class Run {
        private final BulkInput input;
        private final InputValidator.Result validated;
        private final Checkpoint checkpoint;
        private final BulkOptions.FlowMode mode;
        private final AtomicBoolean flowStale = new AtomicBoolean();
        private final long total;
        private final long startedAt = System.nanoTime();
        private long done;
        private long written;
        private long batches;

        Run(BulkInput input, InputValidator.Result validated, Checkpoint checkpoint, BulkOptions.FlowMode mode) {
            this.input = input;
            this.validated = validated;
            this.checkpoint = checkpoint;
            this.mode = mode;
            this.total = validated.total()
                    + (validated.sourceLinks() ? validated.records().getOrDefault(BulkInput.Part.SOURCES, 0L) : 0);
            this.done = checkpoint.totalDone();
        }

        void writeAll() {
            String ds = input.datasetId();
            EntryBinder binder = new EntryBinder((pointer, message) -> {
                throw new TalentGraphException("The input changed after it was validated (" + pointer + ": " + message
                        + "); run the load again.");
            }, (id, pointer, kinds) -> true);
            Set<String> withText = validated.sourcesWithText();
            // People, organizations and sources cannot conflict: two sessions write their batches at once.
            List<Phase<?>> nodes = new ArrayList<>();
            input.file(BulkInput.Part.PEOPLE).ifPresent(f -> nodes.add(new Phase<Person>(f, "people",
                    (n, p) -> binder.person(n, p), batch -> List.of(GraphWrites.preparePeople(ds, batch)), null)));
            input.file(BulkInput.Part.ORGANIZATIONS).ifPresent(f -> nodes.add(new Phase<Organization>(f, "organizations",
                    (n, p) -> binder.organization(n, p),
                    batch -> List.of(GraphWrites.prepareOrganizations(ds, batch)), null)));
            input.file(BulkInput.Part.SOURCES).ifPresent(f -> nodes.add(new Phase<Source>(f, "sources",
                    (n, p) -> binder.source(n, p, EntryBinder.textOrNull(n, "text")),
                    batch -> List.of(GraphWrites.prepareSources(ds, batch, withText::contains)), null)));
            run(nodes, NODE_WRITERS);
            if (validated.sourceLinks()) {
                input.file(BulkInput.Part.SOURCES).ifPresent(f -> run(List.of(new Phase<Source>(f, SOURCE_LINKS,
                        (n, p) -> binder.source(n, p, null), GraphWrites::prepareSourceLinks, null)), 1));
            }
            input.file(BulkInput.Part.FACTS).ifPresent(f -> run(List.of(new Phase<Fact>(f, "facts",
                    (n, p) -> binder.fact(n, p),
                    batch -> GraphWrites.prepareFacts(ds, batch, withText::contains, x -> null),
                    this::writeFacts)), 1));
        }

        /** Writes a batch of facts, prepared as one statement, and ends what they end; keeps the talent flow. */
        private void writeFacts(Transaction tx, List<Fact> facts, List<GraphWrites.Prepared> writes) {
            if (mode == BulkOptions.FlowMode.REBUILD) {
                writes.forEach(w -> w.run(tx));
                endFacts(tx, facts);
                return;
            }
            Set<String> persons = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            Set<String> parts = new LinkedHashSet<>();
            facts.forEach(f -> GraphWrites.flowScope(f, persons, groups, parts));
            TalentFlowAggregate.Update flow = TalentFlowAggregate.beforeWrite(tx, persons, groups, parts);
            writes.forEach(w -> w.run(tx));
            endFacts(tx, facts);
            if (!flow.afterWrite(tx)) {
                flowStale.set(true);
            }
        }

        /**
         * Ends the jobs and roles the batch's facts end. The ended fact must be in the graph by now: earlier in the
         * input, or loaded before; otherwise the batch is refused, and a rerun resumes from it once the input is fixed.
         */
        private void endFacts(Transaction tx, List<Fact> facts) {
            List<GraphWrites.Unended> unended = GraphWrites.endFacts(tx, facts);
            if (!unended.isEmpty()) {
                GraphWrites.Unended u = unended.get(0);
                throw new TalentGraphException("Fact " + u.endedBy() + " (facts, field ends) ends '" + u.ended()
                        + "', which is no job or role in the input before it or in the graph: put the fact it ends"
                        + " earlier in the file, load it first, or fix the id; then run the load again, which resumes"
                        + " at this batch.");
            }
        }

        /**
         * One file's phase: how its records are bound, how a batch of them is prepared for writing (in the reader
         * thread, while the batch before is written) and written ({@code null}: run the prepared writes).
         */
        private record Phase<T>(BulkInput.File file, String name, BiFunction<JsonNode, String, T> bind,
                                Function<List<T>, List<GraphWrites.Prepared>> prepare, Writer<T> write) {
            @SuppressWarnings("unchecked")
            void write(Transaction tx, Batch batch) {
                if (write == null) {
                    batch.writes.forEach(w -> w.run(tx));
                } else {
                    write.write(tx, (List<T>) batch.items, batch.writes);
                }
            }

            @SuppressWarnings("unchecked")
            List<GraphWrites.Prepared> prepare(List<?> items) {
                return prepare.apply((List<T>) items);
            }
        }

        @FunctionalInterface
        private interface Writer<T> {
            void write(Transaction tx, List<T> items, List<GraphWrites.Prepared> writes);
        }

        /** A batch of one phase, its writes prepared; or the end of the input, or the reader's failure. */
        private record Batch(Phase<?> phase, long sequence, List<?> items, List<GraphWrites.Prepared> writes,
                             long lastOrdinal, RuntimeException failure) {
            static final Batch END = new Batch(null, 0, null, null, 0, null);
        }

        /** Per phase: the batches committed after one not yet committed (by sequence), and the next to be. */
        private final Map<String, java.util.TreeMap<Long, Long>> committedAhead = new HashMap<>();
        private final Map<String, Long> nextToCommit = new HashMap<>();

        /**
         * Streams the phases' files, one after the other, in batches: a reader thread parses, binds and prepares the
         * next batches while {@code writers} sessions write, each its own batch in its own transaction. At most two
         * batches wait in the queue. The checkpoint advances over the batches committed without a gap, so that a
         * load resumed after a failure writes again any batch that may not be in the graph (every write merges).
         */
        private void run(List<Phase<?>> phases, int writers) {
            BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(() -> read(phases, queue, stop, writers), "talentgraph-bulk-reader");
            reader.setDaemon(true);
            reader.start();
            List<Thread> others = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            Runnable writer = () -> {
                try {
                    write(queue, stop);
                } catch (Throwable e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    failures.add(e);
                    stop.set(true);
                    reader.interrupt();
                }
            };
            for (int i = 1; i < writers; i++) {
                Thread t = new Thread(writer, "talentgraph-bulk-writer-" + i);
                t.setDaemon(true);
                others.add(t);
            }
            others.forEach(Thread::start);
            try {
                writer.run();
                for (Thread t : others) {
                    t.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                failures.add(new TalentGraphException("Interrupted while loading " + phases.get(0).file().path(), e));
            } finally {
                stop.set(true);
                reader.interrupt();
            }
            if (!failures.isEmpty()) {
                // The first failure that is not another writer stopping because of it.
                Throwable first = failures.stream().filter(f -> !(f instanceof InterruptedException)
                        && !(f.getCause() instanceof InterruptedException)).findFirst().orElse(failures.get(0));
                if (first instanceof RuntimeException r) {
                    throw r;
                }
                if (first instanceof Error e) {
                    throw e;
                }
                throw new TalentGraphException("Loading " + phases.get(0).file().path() + " failed: " + first, first);
            }
        }

        private void write(BlockingQueue<Batch> queue, AtomicBoolean stop) throws InterruptedException {
            while (!stop.get()) {
                // Polled, so that a writer stops soon after another fails.
                Batch batch = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (batch == null) {
                    continue;
                }
                if (batch.failure != null) {
                    throw batch.failure;
                }
                if (batch == Batch.END) {
                    return;
                }
                long phaseStarted = System.nanoTime();
                database.write(tx -> {
                    batch.phase.write(tx, batch);
                    return null;
                });
                committed(batch, phaseStarted);
            }
        }

        private synchronized void committed(Batch batch, long started) {
            String phase = batch.phase.name();
            java.util.TreeMap<Long, Long> ahead = committedAhead.computeIfAbsent(phase, p -> new java.util.TreeMap<>());
            ahead.put(batch.sequence, batch.lastOrdinal);
            long next = nextToCommit.getOrDefault(phase, 0L);
            Long last = null;
            while (ahead.containsKey(next)) {
                last = ahead.remove(next);
                next++;
            }
            nextToCommit.put(phase, next);
            if (last != null) {
                checkpoint.advance(phase, last);
            }
            batches++;
            written += batch.items.size();
            done += batch.items.size();
            long phaseWritten = phaseWritten(phase, batch.items.size());
            double rate = rate(phaseWritten, phaseStartedAt.computeIfAbsent(phase, p -> started));
            double overall = rate(written, startedAt);
            Duration eta = overall > 0 ? Duration.ofSeconds((long) ((total - done) / overall)) : null;
            options.progress().accept(new BulkProgress(phase, done, total, rate, eta));
        }

        private final Map<String, Long> writtenPerPhase = new HashMap<>();
        private final Map<String, Long> phaseStartedAt = new java.util.concurrent.ConcurrentHashMap<>();

        private long phaseWritten(String phase, long more) {
            return writtenPerPhase.merge(phase, more, Long::sum);
        }

        private void read(List<Phase<?>> phases, BlockingQueue<Batch> queue, AtomicBoolean stop, int writers) {
            try {
                for (Phase<?> phase : phases) {
                    phaseStartedAt.putIfAbsent(phase.name(), System.nanoTime());
                    readPhase(phase, queue, stop);
                }
                for (int i = 0; i < writers; i++) {
                    queue.put(Batch.END);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    for (int i = 0; i < writers; i++) {
                        queue.put(new Batch(null, 0, null, null, 0, e));
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void readPhase(Phase<?> phase, BlockingQueue<Batch> queue, AtomicBoolean stop) throws InterruptedException {
            BulkInput.File file = phase.file();
            long skip = checkpoint.done(phase.name());
            long sequence = 0;
            try (RecordReader records = file.open()) {
                List<Object> items = new ArrayList<>(options.batchSize());
                long last = 0;
                for (InputRecord record = records.next(); record != null && !stop.get(); record = records.next()) {
                    if (record.ordinal() <= skip) {
                        continue;
                    }
                    if (record.node() == null) {
                        throw new TalentGraphException(file.path() + ":" + record.line() + ": " + record.error()
                                + " (the file changed after it was validated; run the load again)");
                    }
                    Object item = phase.bind().apply(record.node(), "");
                    if (item != null) {
                        items.add(item);
                    }
                    last = record.ordinal();
                    if (items.size() == options.batchSize()) {
                        queue.put(new Batch(phase, sequence++, items, phase.prepare(items), last, null));
                        items = new ArrayList<>(options.batchSize());
                    }
                }
                if (!items.isEmpty()) {
                    queue.put(new Batch(phase, sequence, items, phase.prepare(items), last, null));
                }
            }
        }
    }
}
