package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Transaction;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.load.internal.GraphWrites;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.schema.TalentFlowAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Set;

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
     */
    public LoadReport load(Dataset dataset) {
        GraphSchema.apply(database);
        long started = System.nanoTime();
        Set<String> persons = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        dataset.facts().forEach(f -> GraphWrites.flowScope(f, persons, groups, parts));
        long[] created = database.write(tx -> {
            long nodesBefore = count(tx, "MATCH (n) RETURN count(n) AS c");
            long relsBefore = count(tx, "MATCH ()-[r]->() RETURN count(r) AS c");
            TalentFlowAggregate.Update flow = TalentFlowAggregate.beforeWrite(tx, persons, groups, parts);
            String ds = dataset.id();
            GraphWrites.writeSources(tx, ds, dataset.sources(), dataset.texts()::containsKey);
            GraphWrites.writePeople(tx, ds, dataset.people());
            GraphWrites.writeSourceLinks(tx, dataset.sources());
            GraphWrites.writeOrganizations(tx, ds, dataset.organizations());
            GraphWrites.writeProducts(tx, ds, dataset.products());
            GraphWrites.writeClaims(tx, ds, dataset.claims());
            GraphWrites.writeFacts(tx, ds, dataset.facts(), dataset.texts()::containsKey);
            flow.afterWrite(tx);
            return new long[] {count(tx, "MATCH (n) RETURN count(n) AS c") - nodesBefore,
                    count(tx, "MATCH ()-[r]->() RETURN count(r) AS c") - relsBefore};
        });
        // What this load could not update in place, or an earlier load left stale, is rebuilt now.
        TalentFlowAggregate.rebuildStale(database);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = new LoadReport(dataset.id(), dataset.facts().size(), created[0], created[1], millis);
        LOG.info("Loaded dataset {} ({} facts): {} nodes and {} relationships created in {} ms", dataset.id(),
                report.facts(), report.nodesCreated(), report.relationshipsCreated(), millis);
        return report;
    }

    private static long count(Transaction tx, String cypher) {
        return tx.run(cypher).get(0).longValue("c");
    }
}
