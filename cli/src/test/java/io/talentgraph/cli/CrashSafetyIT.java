package io.talentgraph.cli;

import io.talentgraph.connect.Row;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.testing.LongSuite;
import io.talentgraph.testing.SyntheticDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills {@code talentgraph load} with SIGKILL at random moments while it writes a generated dataset into
 * an embedded store, in a separate JVM as a user would run it. After every kill the store must open and
 * hold either none or all of the dataset, never a person without its properties nor a fact without its
 * evidence; a final run of the same command must finish with exactly the expected counts.
 *
 * <p>The number of kills is {@code -Dtg.crash.kills} (20 by default, about three minutes on two cores).
 */
@LongSuite
class CrashSafetyIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyIT.class);

    static final int KILLS = Integer.getInteger("tg.crash.kills", 20);
    static final int PEOPLE = Integer.getInteger("tg.crash.people", 1500);
    static final int ORGANIZATIONS = 30;

    @TempDir
    Path work;

    private Process startLoad(Path store, Path dataset) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", "--verbose", "--store", store.toString(), dataset.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile()).start();
    }

    /** Runs one load to the end and returns how long its write transaction took. */
    private long calibrate(Path dataset, State complete) throws Exception {
        Path store = work.resolve("calibration");
        Process load = startLoad(store, dataset);
        assertThat(load.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(work.resolve("child.log"));
        assertThat(load.exitValue()).as(log).isZero();
        assertThat(inspect(store)).isEqualTo(complete);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("created in (\\d+) ms").matcher(log);
        assertThat(m.find()).as(log).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void waitForLog(Process load, String marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && load.isAlive()) {
            if (Files.readString(work.resolve("child.log")).contains(marker)) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /** What a store holds after a crash; every field must be consistent on its own. */
    record State(long people, long organizations, long jobs, long incompletePeople, long unevidencedFacts) {
    }

    private static State inspect(Path store) {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store).withPageCache("32m"))) {
            Row r = db.read(tx -> tx.run("""
                    RETURN COUNT { (:Person) } AS people, COUNT { (:Organization) } AS organizations,
                           COUNT { ()-[:WORKS_AT]->() } AS jobs,
                           COUNT { MATCH (p:Person) WHERE p.id IS NULL OR p.name IS NULL OR p.datasets IS NULL
                                   OR NOT (p)-[:WORKS_AT]->() RETURN p } AS incompletePeople,
                           COUNT { MATCH ()-[r]->() WHERE r.factId IS NOT NULL AND (size(r.evidence) = 0
                                   OR size(r.sources) = 0 OR size(r.evidence) <> size(r.evidenceEn)) RETURN r }
                               AS unevidencedFacts""")).get(0);
            return new State(r.longValue("people"), r.longValue("organizations"), r.longValue("jobs"),
                    r.longValue("incompletePeople"), r.longValue("unevidencedFacts"));
        }
    }

    @Test
    void killingTheLoaderAtRandomMomentsNeverLeavesHalfADatasetAndARerunCompletesIt() throws Exception {
        SyntheticDatasets.Generated g = SyntheticDatasets.dataset("crash-test",
                IntStream.range(0, PEOPLE).boxed().toList(), ORGANIZATIONS);
        Path dataset = work.resolve("crash-test.yaml");
        Files.writeString(dataset, g.yaml());
        Files.writeString(work.resolve(g.textFile()), g.text());
        State complete = new State(PEOPLE, ORGANIZATIONS, PEOPLE, 0, 0);
        State empty = new State(0, 0, 0, 0, 0);

        Random random = new Random(Long.getLong("tg.crash.seed", 7L));
        long writeMillis = calibrate(dataset, complete);
        int stores = 0;
        Path store = work.resolve("store-" + stores);
        int killed = 0;
        int foundEmpty = 0;
        int foundComplete = 0;
        int finishedBeforeKill = 0;
        while (killed < KILLS) {
            Process load = startLoad(store, dataset);
            // Most kills land inside the write transaction; every fourth anywhere from the start of the JVM
            // (start-up, recovery of the previous crash, schema migrations, validation).
            boolean duringWrite = killed % 4 != 3;
            if (duringWrite) {
                waitForLog(load, "Writing dataset");
            }
            long delay = (long) (random.nextDouble() * (duringWrite ? writeMillis * 1.2 : 10_000));
            boolean exited = load.waitFor(delay, TimeUnit.MILLISECONDS);
            if (exited) {
                finishedBeforeKill++;
                assertThat(load.exitValue()).as(Files.readString(work.resolve("child.log"))).isZero();
            } else {
                load.destroyForcibly().waitFor();
                killed++;
            }

            State after = inspect(store);

            assertThat(after).as("store after %s at %d ms", exited ? "a finished load" : "kill " + killed, delay)
                    .isIn(empty, complete);
            if (after.equals(complete)) {
                foundComplete++;
                store = work.resolve("store-" + ++stores);
            } else {
                foundEmpty++;
            }
        }

        Process rerun = startLoad(store, dataset);
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(work.resolve("child.log"))).isZero();
        assertThat(inspect(store)).isEqualTo(complete);
        LOG.info("FIGURES crash: {} kills (SIGKILL) of `talentgraph load` ({} people, {} facts, write transaction "
                        + "{} ms); after them the store held nothing of the dataset {} times and all of it {} times, "
                        + "never a part; {} runs finished before their kill; the rerun completed with exact counts",
                killed, PEOPLE, PEOPLE, writeMillis, foundEmpty, foundComplete - finishedBeforeKill, finishedBeforeKill);
        assertThat(killed).isEqualTo(KILLS);
        File[] leftovers = work.toFile().listFiles((dir, name) -> name.startsWith("store-"));
        assertThat(leftovers).isNotEmpty();
    }
}
