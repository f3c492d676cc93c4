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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Loads a {@link BulkInput} of any size into the graph, with the graph model and idempotence of
 * {@link io.talentgraph.load.GraphLoader} (the same Cypher), in two streaming passes:
 * <ol>
 *   <li><b>validate</b> every record (file, line and field for each problem); if anything is wrong, nothing is
 *       written;</li>
 *   <li><b>write</b> people, organizations, sources, their links, then facts, in batches of
 *       {@link BulkOptions#batchSize()} consecutive records of one file, one transaction each, while the next batch
 *       is read. After each commit the checkpoint records how far each file is done, so that a load that stopped
 *       (a crash, a lost connection) resumes where it stopped when run again.</li>
 * </ol>
 * Memory stays flat as the input grows: at most three batches are held, plus an index of the ids the input
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
        GraphSchema.apply(database);
        Path checkpointFile = options.checkpoint() != null ? options.checkpoint() : input.directory().resolve(CHECKPOINT_FILE);
        String fingerprint = input.fingerprint();
        Checkpoint resumed = options.restart() ? null : Checkpoint.resume(checkpointFile, fingerprint, database.describe());

        long started = System.nanoTime();
        InputValidator.Result validated = new InputValidator(input, this::kindsInDatabase)
                .validate(n -> options.progress().accept(new BulkProgress("validating", n, 0, rate(n, started), null)));
        long validateMillis = millisSince(started);
        LOG.info("Validated {}: {} records in {} ms (id index {} KiB)", input, validated.total(), validateMillis,
                validated.idIndexBytes() / 1024);

        BulkOptions.FlowMode mode = resumed != null ? BulkOptions.FlowMode.valueOf(resumed.flowMode()) : flowMode(validated);
        Checkpoint checkpoint = resumed != null ? resumed
                : Checkpoint.fresh(checkpointFile, fingerprint, database.describe(), mode.name());
        if (resumed != null) {
            LOG.info("Resuming {} from {}: {} records already loaded", input, checkpointFile, resumed.totalDone());
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
            input.file(BulkInput.Part.PEOPLE).ifPresent(f -> phase(f, "people", (n, p) -> binder.person(n, p),
                    (Transaction tx, List<Person> batch) -> GraphWrites.writePeople(tx, ds, batch)));
            input.file(BulkInput.Part.ORGANIZATIONS).ifPresent(f -> phase(f, "organizations",
                    (n, p) -> binder.organization(n, p),
                    (Transaction tx, List<Organization> batch) -> GraphWrites.writeOrganizations(tx, ds, batch)));
            input.file(BulkInput.Part.SOURCES).ifPresent(f -> phase(f, "sources",
                    (n, p) -> binder.source(n, p, EntryBinder.textOrNull(n, "text")),
                    (Transaction tx, List<Source> batch) -> GraphWrites.writeSources(tx, ds, batch, withText::contains)));
            if (validated.sourceLinks()) {
                input.file(BulkInput.Part.SOURCES).ifPresent(f -> phase(f, SOURCE_LINKS,
                        (n, p) -> binder.source(n, p, null),
                        (Transaction tx, List<Source> batch) -> GraphWrites.writeSourceLinks(tx, batch)));
            }
            input.file(BulkInput.Part.FACTS).ifPresent(f -> phase(f, "facts", (n, p) -> binder.fact(n, p),
                    (Transaction tx, List<Fact> batch) -> writeFacts(tx, ds, batch, withText)));
        }

        private void writeFacts(Transaction tx, String ds, List<Fact> facts, Set<String> withText) {
            if (mode == BulkOptions.FlowMode.REBUILD) {
                GraphWrites.writeFacts(tx, ds, facts, withText::contains);
                endFacts(tx, facts);
                return;
            }
            Set<String> persons = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            Set<String> parts = new LinkedHashSet<>();
            facts.forEach(f -> GraphWrites.flowScope(f, persons, groups, parts));
            TalentFlowAggregate.Update flow = TalentFlowAggregate.beforeWrite(tx, persons, groups, parts);
            GraphWrites.writeFacts(tx, ds, facts, withText::contains);
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

        private record Batch<T>(List<T> items, long lastOrdinal, RuntimeException failure) {
        }

        /**
         * Streams one file in batches: a reader thread parses and binds the next batch while this thread writes the
         * current one. At most two batches wait in the queue.
         */
        private <T> void phase(BulkInput.File file, String phase, BiFunction<JsonNode, String, T> bind,
                               BiConsumer<Transaction, List<T>> write) {
            long skip = checkpoint.done(phase);
            BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(2);
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(() -> read(file, skip, bind, queue, stop), "talentgraph-bulk-reader");
            reader.setDaemon(true);
            reader.start();
            long phaseStarted = System.nanoTime();
            long phaseWritten = 0;
            try {
                while (true) {
                    Batch<T> batch = queue.take();
                    if (batch.failure != null) {
                        throw batch.failure;
                    }
                    if (batch.items == null) {
                        break;
                    }
                    database.write(tx -> {
                        write.accept(tx, batch.items);
                        return null;
                    });
                    checkpoint.advance(phase, batch.lastOrdinal);
                    batches++;
                    written += batch.items.size();
                    phaseWritten += batch.items.size();
                    done += batch.items.size();
                    double rate = rate(phaseWritten, phaseStarted);
                    double overall = rate(written, startedAt);
                    Duration eta = overall > 0 ? Duration.ofSeconds((long) ((total - done) / overall)) : null;
                    options.progress().accept(new BulkProgress(phase, done, total, rate, eta));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TalentGraphException("Interrupted while loading " + file.path(), e);
            } finally {
                stop.set(true);
                reader.interrupt();
            }
        }

        private <T> void read(BulkInput.File file, long skip, BiFunction<JsonNode, String, T> bind,
                              BlockingQueue<Batch<T>> queue, AtomicBoolean stop) {
            try (RecordReader records = file.open()) {
                List<T> items = new ArrayList<>(options.batchSize());
                long last = 0;
                for (InputRecord record = records.next(); record != null && !stop.get(); record = records.next()) {
                    if (record.ordinal() <= skip) {
                        continue;
                    }
                    if (record.node() == null) {
                        throw new TalentGraphException(file.path() + ":" + record.line() + ": " + record.error()
                                + " (the file changed after it was validated; run the load again)");
                    }
                    T item = bind.apply(record.node(), "");
                    if (item != null) {
                        items.add(item);
                    }
                    last = record.ordinal();
                    if (items.size() == options.batchSize()) {
                        queue.put(new Batch<>(items, last, null));
                        items = new ArrayList<>(options.batchSize());
                    }
                }
                if (!items.isEmpty()) {
                    queue.put(new Batch<>(items, last, null));
                }
                queue.put(new Batch<>(null, last, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    queue.put(new Batch<>(null, 0, e));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
