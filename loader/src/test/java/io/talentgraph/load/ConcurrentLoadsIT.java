package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.testing.LongSuite;
import io.talentgraph.testing.SyntheticDatasets;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight loaders, each with its own connection as separate processes would have, load overlapping datasets
 * into one server at once, while readers query it. Uniqueness constraints, MERGE and the driver's retries
 * must leave exactly one node per id and one relationship per fact, and no reader may see half a load.
 */
@LongSuite
class ConcurrentLoadsIT {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentLoadsIT.class);

    static final int LOADERS = Integer.getInteger("tg.concurrency.loaders", 8);
    static final int PEOPLE = 480;
    static final int ORGANIZATIONS = 12;
    static final int PER_DATASET = 180;

    /** Dataset {@code k} names a window of people that overlaps the windows of its neighbours. */
    static List<Dataset> overlappingDatasets(int count) {
        List<Dataset> datasets = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<Integer> people = new ArrayList<>();
            for (int j = 0; j < PER_DATASET; j++) {
                people.add((k * PEOPLE / count + j) % PEOPLE);
            }
            // Each loader writes in its own order, which is what provokes lock waits and deadlocks.
            Collections.shuffle(people, new java.util.Random(k));
            SyntheticDatasets.Generated g = SyntheticDatasets.dataset("overlap-" + k, people, ORGANIZATIONS);
            datasets.add(DatasetReader.parse(g.id() + ".yaml", g.yaml(), name -> g.text()));
        }
        return datasets;
    }

    @Test
    void eightLoadersOfOverlappingDatasetsLeaveNoDuplicateAndReadersNeverSeeHalfALoad() throws Exception {
        Database admin = TestNeo4j.database();
        TestNeo4j.clearData(admin);
        GraphSchema.apply(admin);
        List<Dataset> datasets = overlappingDatasets(LOADERS);
        String uri = TestNeo4j.server().boltURI().toString();

        ExecutorService pool = Executors.newFixedThreadPool(LOADERS + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean loading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<LoadReport> reports = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> inconsistencies = new ConcurrentLinkedQueue<>();
        List<Future<?>> loaders = new ArrayList<>();
        for (int k = 0; k < LOADERS; k++) {
            int first = k;
            loaders.add(pool.submit(() -> {
                try (Database db = Databases.connect(ServerConfig.of(uri).withMaxRetryTime(Duration.ofSeconds(120)))) {
                    start.await();
                    // Own dataset, a neighbour's and one further away: every dataset is loaded three times at once.
                    for (int offset : new int[] {0, 1, 3}) {
                        reports.add(new GraphLoader(db).load(datasets.get((first + offset) % LOADERS)));
                    }
                }
                return null;
            }));
        }
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(pool.submit(() -> readUntilDone(uri, start, loading, inconsistencies)));
        }
        start.countDown();
        for (Future<?> loader : loaders) {
            loader.get(5, TimeUnit.MINUTES);
        }
        loading.set(false);
        int reads = 0;
        for (Future<Integer> reader : readers) {
            reads += reader.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int retries = reports.stream().mapToInt(r -> r.attempts() - 1).sum();
        LOG.info("FIGURES concurrency: {} loaders, {} loads, {} transaction retries, {} consistent reads",
                LOADERS, reports.size(), retries, reads);
        assertThat(reports).hasSize(LOADERS * 3);
        assertThat(inconsistencies).isEmpty();
        assertThat(reads).isPositive();
        assertGraphHoldsExactlyTheUnion(admin, datasets);
    }

    /** Reads repeatedly while loads run; returns how many consistent reads it made. */
    private static int readUntilDone(String uri, CountDownLatch start, AtomicBoolean loading,
                                     ConcurrentLinkedQueue<String> inconsistencies) throws InterruptedException {
        int reads = 0;
        long lastPeople = 0;
        try (Database db = Databases.connect(ServerConfig.of(uri))) {
            start.await();
            while (loading.get()) {
                Row r = db.read(tx -> tx.run("""
                        MATCH (p:Person)
                        WITH count(p) AS people, count(DISTINCT p.id) AS ids,
                             count(CASE WHEN p.name IS NULL OR p.datasets IS NULL THEN 1 END) AS unnamed,
                             count(CASE WHEN NOT (p)-[:WORKS_AT]->() THEN 1 END) AS jobless
                        OPTIONAL MATCH ()-[w:WORKS_AT]->()
                        RETURN people, ids, unnamed, jobless,
                               count(CASE WHEN size(w.evidence) = 0 OR size(w.sources) = 0
                                          OR size(w.evidence) <> size(w.evidenceEn) THEN 1 END) AS unevidenced
                        """)).get(0);
                long people = r.longValue("people");
                if (people != r.longValue("ids")) {
                    inconsistencies.add("duplicate person ids: " + r.values());
                }
                if (r.longValue("unnamed") > 0 || r.longValue("jobless") > 0 || r.longValue("unevidenced") > 0) {
                    inconsistencies.add("half-written entity or fact visible: " + r.values());
                }
                if (people < lastPeople) {
                    inconsistencies.add("people went from " + lastPeople + " to " + people);
                }
                lastPeople = people;
                reads++;
            }
        }
        return reads;
    }

    /** Exactly one node per id and one WORKS_AT per person, citing every dataset that named the person. */
    static void assertGraphHoldsExactlyTheUnion(Database db, List<Dataset> datasets) {
        Map<String, Set<String>> expectedSources = new HashMap<>();
        Set<String> orgs = new TreeSet<>();
        for (Dataset d : datasets) {
            d.people().forEach(p -> expectedSources.computeIfAbsent(p.id(), x -> new TreeSet<>()).add(d.sources().get(0).id()));
            d.organizations().forEach(o -> orgs.add(o.id()));
        }
        Row counts = db.read(tx -> tx.run("""
                RETURN COUNT { (:Person) } AS people, COUNT { (:Organization) } AS organizations,
                       COUNT { (:Source) } AS sources, COUNT { ()-[:WORKS_AT]->() } AS jobs,
                       COUNT { MATCH (p:Person) WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN id } AS duplicatePeople,
                       COUNT { MATCH (a)-[r:WORKS_AT]->(b) WITH a, b, r.factId AS f, count(*) AS n WHERE n > 1 RETURN f }
                           AS duplicateFacts
                """)).get(0);
        assertThat(counts.values()).containsEntry("people", (long) expectedSources.size())
                .containsEntry("organizations", (long) orgs.size())
                .containsEntry("sources", (long) datasets.size())
                .containsEntry("jobs", (long) expectedSources.size())
                .containsEntry("duplicatePeople", 0L)
                .containsEntry("duplicateFacts", 0L);
        Map<String, Set<String>> actualSources = new HashMap<>();
        db.read(tx -> tx.run("MATCH (p:Person)-[w:WORKS_AT]->() RETURN p.id AS id, w.sources AS sources, w.evidence AS evidence"))
                .forEach(r -> {
                    actualSources.put(r.string("id"), new TreeSet<>(r.strings("sources")));
                    assertThat(r.strings("evidence")).hasSize(1);
                });
        assertThat(actualSources).isEqualTo(expectedSources);
    }
}
