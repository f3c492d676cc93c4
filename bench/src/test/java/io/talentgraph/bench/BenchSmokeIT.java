package io.talentgraph.bench;

import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at 10,000 persons, all four loaders in this JVM: checks that they write the same graph (and the
 * reload and the delta too), that every query answers, and that the report says so. Timings are not checked.
 */
@LongSuite
class BenchSmokeIT {

    static final int PERSONS = Integer.getInteger("talentgraph.bench.smoke.persons", 10_000);

    /** Room the stores of one size need in memory, with their preallocated transaction logs. */
    private static final long ROOM_IN_MEMORY = 4L << 30;

    @TempDir
    Path onDisk;
    private Path work;

    /**
     * Stores go to a memory file system where the machine has one with room: the naive loader's 40,000
     * one-statement transactions each wait for a disk sync, which a check of correctness need not. Elsewhere, to disk.
     */
    @BeforeEach
    void chooseWorkDirectory() throws IOException {
        Path shm = Path.of("/dev/shm");
        work = Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() > ROOM_IN_MEMORY
                ? Files.createTempDirectory(shm, "talentgraph-bench-smoke-") : onDisk;
    }

    @AfterEach
    void deleteWorkDirectory() {
        if (!work.equals(onDisk)) {
            Benchmark.deleteTree(work);
        }
    }

    @Test
    void allFourLoadersWriteTheSameGraphAndEveryQueryAnswers() throws Exception {
        BenchOptions options = BenchOptions.defaults(work).withSizes(List.of(PERSONS)).withInProcess(true)
                .withNaive(Long.MAX_VALUE, 0).withQueries(2, Duration.ofSeconds(5)).withLoadCsvReloads(true);

        List<Benchmark.SizeResult> results = new Benchmark(options).run();

        Benchmark.SizeResult result = results.get(0);
        assertThat(result.fingerprints()).containsKeys("TalentGraph loader|first load", "TalentGraph loader|reload",
                "TalentGraph loader|delta", "LOAD CSV + CALL IN TRANSACTIONS|first load",
                "LOAD CSV + CALL IN TRANSACTIONS|delta", "offline importer (neo4j-admin)|first load",
                "naive (one statement per transaction)|first load");
        assertThat(result.mismatches()).isEmpty();
        var graph = result.fingerprints().get("TalentGraph loader|first load");
        assertThat(Fingerprint.nodes(graph)).isEqualTo(result.summary().nodes());
        assertThat(Fingerprint.relationships(graph)).isEqualTo(result.summary().relationships());
        assertThat(result.fingerprints().get("TalentGraph loader|delta"))
                .isNotEqualTo(graph).isEqualTo(result.fingerprints().get("LOAD CSV + CALL IN TRANSACTIONS|delta"));
        assertThat(result.queries()).hasSize(30).allSatisfy(q -> assertThat(q.runs()).isPositive());
        assertThat(result.queries()).filteredOn(q -> q.query().endsWith("first page of 50")).singleElement()
                .satisfies(page -> assertThat(page.note()).isEqualTo(result.queries().stream()
                        .filter(q -> q.query().equals("hires by the largest organization")).findFirst().orElseThrow().note()));

        // the load average the run started on, as the command reads it before the first load
        String report = BenchReport.markdown(results, options, "talentgraph bench --sizes " + PERSONS, 12.34);
        assertThat(report).contains("load average at the start: 12.3.")
                .contains("| " + String.format("%,d", PERSONS) + " | TalentGraph loader | first load")
                .contains("graphs equal").doesNotContain("NO:");
        Path doc = work.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\nWritten by hand.\n\n" + BenchReport.BEGIN + "\nold\n" + BenchReport.END + "\n\nMore.\n");
        BenchReport.writeInto(doc, report);
        assertThat(Files.readString(doc)).startsWith("# Benchmarks\n\nWritten by hand.").contains(report)
                .doesNotContain("old").endsWith("More.\n");
    }
}
