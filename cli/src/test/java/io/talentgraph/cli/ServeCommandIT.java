package io.talentgraph.cli;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Databases;
import io.talentgraph.connect.ServerConfig;
import io.talentgraph.server.ServeState;
import io.talentgraph.testing.LongSuite;
import io.talentgraph.testing.SyntheticDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.logging.NullLogProvider;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code talentgraph serve} as a user meets it from a terminal: the other commands keep working while it runs,
 * a second serve is turned away, and stopping it in the middle of a load loses nothing and leaves a consistent
 * store that serves again. The server runs in its own JVM and is stopped by a signal, as Ctrl-C would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// long suite: a server JVM stopped by a signal in the middle of a load, and restarted: a soak, like the crash runs
@LongSuite
class ServeCommandIT {

    /** Close to what one dataset file may hold (3 M characters), so that loading takes seconds, not milliseconds. */
    private static final int SYNTHETIC_PEOPLE = 12_000;

    private Path store;
    private ServeProcess serve;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    void serveAStoreHoldingTheArticle() throws Exception {
        store = Files.createTempDirectory("talentgraph-serve-cli");
        assertThat(run("load", "--seed", "--store", store.toString()).code()).isZero();
        serve = ServeProcess.start(store, Map.of());
    }

    @AfterAll
    void stopServing() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @Order(1)
    void serveSaysWhereBrowserIsAndPrintsTheGeneratedPasswordOnce() {
        String banner = serve.output();
        assertThat(banner).contains("Neo4j Browser  http://127.0.0.1:" + serve.httpPort + "/browser/")
                .contains("Bolt           bolt://127.0.0.1:" + serve.boltPort)
                .contains("(this machine only)")
                .contains(":guide http://127.0.0.1:" + serve.httpPort + "/talentgraph/guide.html")
                .contains("Press Ctrl-C to stop.");
        assertThat(serve.printedPassword()).isPresent();
    }

    @Test
    @Order(2)
    void otherCommandsWorkThroughTheRunningServeInsteadOfFailingOnTheLock() {
        Outcome hires = run("hires", "meta", "--store", store.toString(), "--format", "csv");
        assertThat(hires.err()).isEmpty();
        assertThat(hires.code()).isZero();
        assertThat(hires.out()).contains("Trapit Bansal", "Pei Sun", "Alexandr Wang");

        Outcome write = run("query", "--write", "MERGE (p:Person {id: 'served-visitor'}) SET p.name = 'Served Visitor' "
                + "RETURN p.name AS name", "--store", store.toString(), "--format", "csv");
        assertThat(write.code()).as(write.err()).isZero();
        assertThat(write.out()).contains("Served Visitor");
    }

    @Test
    @Order(3)
    void aSecondServeOnTheSameStoreSaysOneIsAlreadyRunning() throws Exception {
        Outcome second = run("serve", "--store", store.toString(), "--bolt-port", Integer.toString(ServeProcess.freePort()),
                "--http-port", Integer.toString(ServeProcess.freePort()));

        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("A TalentGraph server is already running on the store")
                .contains("process " + serve.pid()).contains("http://127.0.0.1:" + serve.httpPort + "/browser/");
    }

    @Test
    @Order(4)
    void stoppingDuringALoadLosesNothingCommittedAndTheStoreServesAgain() throws Exception {
        Path dataset = syntheticDataset(store.getParent().resolve(store.getFileName() + "-synthetic"));
        CompletableFuture<Outcome> load = new CompletableFuture<>();
        Thread loader = new Thread(() -> load.complete(run("load", dataset.toString(), "--store", store.toString())), "load");
        loader.setDaemon(true);
        loader.start();
        awaitLoadTransaction(load);

        serve.stop();
        assertThat(serve.output()).contains("Stopping: letting running transactions finish or roll back")
                .contains("Stopped. The store is closed cleanly.");
        assertThat(ServeState.file(store)).as("the note goes with the server").doesNotExist();
        ConsistencyCheckService.Result check = consistencyCheck();
        assertThat(check.isSuccessful()).as("consistency check: " + check.summary()).isTrue();

        serve = ServeProcess.start(store, Map.of());
        assertThat(serve.printedPassword()).as("the password is shown on the first serve only").isEmpty();
        Outcome counts = run("query", "MATCH (p:Person) RETURN count(CASE WHEN p.id STARTS WITH 'p-' THEN 1 END) AS synthetic, "
                + "count(CASE WHEN p.name IN ['Trapit Bansal', 'Served Visitor'] THEN 1 END) AS kept", "--store", store.toString(),
                "--format", "csv");
        assertThat(counts.code()).as(counts.err()).isZero();
        String[] row = counts.out().strip().split("\\R")[1].split(",");
        long synthetic = Long.parseLong(row[0]);
        assertThat(Long.parseLong(row[1])).as("data committed before the stop").isEqualTo(2);
        assertThat(synthetic).as("a load is all or nothing").isIn(0L, (long) SYNTHETIC_PEOPLE);
        assertThat(run("hires", "meta", "--store", store.toString()).out()).contains("Trapit Bansal");

        // The cut-off load is still retrying against the stopped server's port (the restarted one listens
        // elsewhere), or has given up; either way it must not claim a success the store does not show.
        if (load.isDone()) {
            Outcome loaded = load.join();
            assertThat(loaded.code() == 0).as("reported success iff kept: " + loaded.err()).isEqualTo(synthetic == SYNTHETIC_PEOPLE);
        } else {
            loader.interrupt();
        }
    }

    /** Waits until the load's write transaction runs on the server, so that the stop lands in the middle of it. */
    private void awaitLoadTransaction(CompletableFuture<Outcome> load) throws InterruptedException {
        ServeState state = ServeState.find(store).orElseThrow();
        try (Database db = Databases.connect(new ServerConfig(state.boltUri(), state.user(), state.password(), null))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (db.runAutoCommit("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' "
                    + "AND currentQuery CONTAINS 'UNWIND $rows' RETURN count(*) AS running", Map.of()).get(0).longValue("running") == 0) {
                if (load.isDone()) {
                    throw new AssertionError("The load ended before it could be interrupted: " + load.join());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The load's transaction never showed up");
                }
                Thread.sleep(100);
            }
        }
    }

    /** People working at organizations, each fact quoted from its source's text (the reliability tests' generator). */
    private static Path syntheticDataset(Path dir) throws Exception {
        SyntheticDatasets.Generated generated = SyntheticDatasets.dataset("synthetic-load",
                IntStream.range(0, SYNTHETIC_PEOPLE).boxed().toList(), 50);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(generated.textFile()), generated.text(), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("synthetic-load.yaml"), generated.yaml(), StandardCharsets.UTF_8);
    }

    private ConsistencyCheckService.Result consistencyCheck() throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, store)
                .set(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024).build();
        return new ConsistencyCheckService(Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .with(config).with(OutputStream.nullOutputStream()).with(NullLogProvider.getInstance())
                .with(Files.createTempDirectory("talentgraph-consistency"))
                .runFullConsistencyCheck();
    }
}
