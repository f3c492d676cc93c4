package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.PartialDate;
import io.talentgraph.load.internal.GraphWrites;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a validated {@link Dataset} into the graph in one transaction: all of it or, on any failure,
 * none of it. Loading is idempotent: entities merge by {@code id}, facts by their fact id, and lists
 * (sources, evidence, aliases, datasets) grow by union, so loading a dataset twice leaves the graph as
 * loading it once, and a second dataset that names the same people or facts adds to them.
 */
public final class GraphLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    private final Database database;

    /** @param database where to write */
    public GraphLoader(Database database) {
        this.database = database;
    }

    /**
     * Applies the schema when needed, then writes the dataset.
     *
     * @param dataset a dataset read by {@link io.talentgraph.dataset.DatasetReader}
     * @return what was written
     * @throws InvalidDatasetException when facts are still pending review (see {@link Dataset#acceptingAll()}),
     *                                 or a fact ends a fact that is neither in the dataset nor in the graph;
     *                                 nothing is written then
     */
    public LoadReport load(Dataset dataset) {
        if (!dataset.pendingReview().isEmpty()) {
            throw new InvalidDatasetException(dataset.pendingReview());
        }
        if (GraphSchema.installedVersion(database) < GraphSchema.currentVersion()) {
            GraphSchema.apply(database);
        }
        long started = System.nanoTime();
        Set<String> persons = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        dataset.facts().forEach(f -> GraphWrites.flowScope(f, persons, groups, parts));
        Map<String, PartialDate> published = new HashMap<>();
        dataset.sources().stream().filter(s -> s.published() != null).forEach(s -> published.put(s.id(), s.published()));
        AtomicInteger attempts = new AtomicInteger();
        LOG.info("Writing dataset {} ({} facts) in one transaction", dataset.id(), dataset.facts().size());
        long[] created = database.write(tx -> {
            // The database may run this more than once (deadlock, lost leader, restart): count, for the report.
            attempts.incrementAndGet();
            EntityResolution.check(tx, dataset);
            TalentFlowAggregate.Update flow = TalentFlowAggregate.beforeWrite(tx, persons, groups, parts);
            long nodesBefore = count(tx, "MATCH (n) RETURN count(n) AS c");
            long relsBefore = count(tx, "MATCH ()-[r]->() RETURN count(r) AS c");
            writeEntities(tx, dataset);
            GraphWrites.writeFacts(tx, dataset.id(), dataset.facts(), dataset.texts()::containsKey,
                    f -> earliestPublished(f, published));
            endFacts(tx, dataset);
            long[] written = {count(tx, "MATCH (n) RETURN count(n) AS c") - nodesBefore,
                    count(tx, "MATCH ()-[r]->() RETURN count(r) AS c") - relsBefore};
            flow.afterWrite(tx);
            return written;
        });
        // What this load could not update in place, or an earlier load left stale, is rebuilt now.
        TalentFlowAggregate.rebuildStale(database);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(dataset.id(), dataset.facts().size(), created[0], created[1], millis,
                attempts.get());
        LOG.info("Loaded dataset {} ({} facts): {} nodes and {} relationships created in {} ms, {} attempt(s)",
                dataset.id(), report.facts(), report.nodesCreated(), report.relationshipsCreated(), millis,
                report.attempts());
        return report;
    }

    private static long count(Transaction tx, String cypher) {
        return tx.run(cypher).get(0).longValue("c");
    }

    /** Entities merge on the id the graph knows them by, which a dataset's {@code sameAs} may give. */
    private static void writeEntities(Transaction tx, Dataset dataset) {
        String ds = dataset.id();
        GraphWrites.writeSources(tx, ds, dataset.sources(), dataset.texts()::containsKey);
        GraphWrites.write(tx, GraphWrites.PEOPLE, dataset.people().stream().map(p -> GraphWrites.withIdentity(
                GraphWrites.personRow(p), dataset.graphId(p.id()), distinctFrom(dataset, p.id()))).toList(), ds);
        GraphWrites.writeSourceLinks(tx, dataset.sources());
        GraphWrites.write(tx, GraphWrites.ORGANIZATIONS, dataset.organizations().stream().map(o -> GraphWrites.withIdentity(
                GraphWrites.organizationRow(o), dataset.graphId(o.id()), distinctFrom(dataset, o.id()))).toList(), ds);
        GraphWrites.write(tx, GraphWrites.PRODUCTS, dataset.products().stream().map(p -> GraphWrites.withIdentity(
                GraphWrites.productRow(p), dataset.graphId(p.id()), distinctFrom(dataset, p.id()))).toList(), ds);
        GraphWrites.writeClaims(tx, ds, dataset.claims());
    }

    private static List<String> distinctFrom(Dataset dataset, String id) {
        return dataset.distinctFrom().getOrDefault(id, List.of());
    }

    /** A fact without a date of its own is known to hold from the publication of its earliest dated source. */
    private static PartialDate earliestPublished(Fact fact, Map<String, PartialDate> published) {
        return fact.sources().stream().map(published::get).filter(Objects::nonNull)
                .min(Comparator.comparing(PartialDate::earliest)).orElse(null);
    }

    private static void endFacts(Transaction tx, Dataset dataset) {
        List<DatasetProblem> missing = GraphWrites.endFacts(tx, dataset.facts()).stream()
                .map(u -> new DatasetProblem(dataset.origin(), dataset.line(u.endedBy()), 0, "ends",
                        "fact " + u.endedBy() + " ends '" + u.ended() + "', which is no job or role in this dataset "
                                + "or in the graph: load the dataset that states it first, or fix the id"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidDatasetException(missing);
        }
    }
}
