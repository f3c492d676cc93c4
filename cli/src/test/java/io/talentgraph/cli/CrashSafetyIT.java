package io.talentgraph.cli;

import io.talentgraph.connect.Row;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
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
                "load", "--store", store.toString(), dataset.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile()).start();
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
        long fullRunMillis = 9_000;
        int stores = 0;
        Path store = work.resolve("store-" + stores);
        int killed = 0;
        int foundEmpty = 0;
        int foundComplete = 0;
        int finishedBeforeKill = 0;
        while (killed < KILLS) {
            long delay = 500 + (long) (random.nextDouble() * fullRunMillis);
            long started = System.nanoTime();
            Process load = startLoad(store, dataset);
            boolean exited = load.waitFor(delay, TimeUnit.MILLISECONDS);
            if (exited) {
                finishedBeforeKill++;
                fullRunMillis = (System.nanoTime() - started) / 1_000_000;
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
        LOG.info("FIGURES crash: {} kills (SIGKILL) of `talentgraph load` ({} people, {} facts); after them the store "
                        + "held nothing of the dataset {} times and all of it {} times, never a part; {} runs finished "
                        + "before their kill; the rerun completed with exact counts", killed, PEOPLE, PEOPLE,
                foundEmpty, foundComplete - finishedBeforeKill, finishedBeforeKill);
        assertThat(killed).isEqualTo(KILLS);
        File[] leftovers = work.toFile().listFiles((dir, name) -> name.startsWith("store-"));
        assertThat(leftovers).isNotEmpty();
    }
}
