package io.talentgraph.cli;

import io.talentgraph.bench.StartupReport;
import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench-startup} end to end, one round: it fills a store with the demo, runs the bare Neo4j, the query and the
 * demo in child JVMs, and prints (and writes into a document) both ratios and where the time went. Timings are not
 * checked; about two minutes on 2 cores, hence a long suite.
 */
@LongSuite
class StartupBenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void oneRoundPrintsEachRunBothRatiosAndThePhasesAndWritesThemIntoTheDocument() throws IOException {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Benchmarks\n\n" + StartupReport.BEGIN + "\nold\n" + StartupReport.END + "\n");

        CliRunner.Result r = CliRunner.run(Map.of(), "bench-startup", "--runs", "1", "--work", dir.resolve("work").toString(),
                "--doc", doc.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("| 1 |", "| **median** |")
                .containsPattern("\\| demo / query \\| \\*\\*\\d+\\.\\d\\d×\\*\\* \\| ≤ 1\\.3×: (met|missed) \\|")
                .containsPattern("\\| query / bare \\| \\*\\*\\d+\\.\\d\\d×\\*\\* \\| ≤ 1\\.3×: (met|missed) \\|")
                .containsPattern("\\| Neo4j's open, to the default database ready \\| \\d+\\.\\d\\d s \\| \\d+\\.\\d\\d s \\| \\d+\\.\\d\\d s \\|");
        assertThat(r.err()).contains("round 1/1: bare Neo4j", "round 1/1: talentgraph demo");
        assertThat(Files.readString(doc)).contains("demo / query").doesNotContain("\nold\n");
        assertThat(dir.resolve("work/store/data/databases/neo4j")).isDirectory();
    }
}
