package io.talentgraph.bench;

import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench --queries-only} at 1,000 persons, in this JVM: the offline importer and TalentGraph's delta load the
 * graph, no other loader runs, every query answers, and the report (without the other loaders' rows and ratios) goes
 * between its own markers, leaving a run of every loader in place. Timings are not checked. A benchmark run, so it is
 * in the long suites with the smoke run of every loader.
 */
@LongSuite
class BenchQueriesOnlyIT {

    private static final int PERSONS = 1_000;

    @TempDir
    Path work;

    @Test
    void onlyTheOfflineImporterAndTheDeltaLoadThenEveryQueryAnswers() throws Exception {
        BenchOptions options = BenchOptions.defaults(work).withSizes(List.of(PERSONS)).withInProcess(true)
                .withQueries(1, Duration.ofSeconds(2)).withQueriesOnly(true);

        List<Benchmark.SizeResult> results = new Benchmark(options).run();

        Benchmark.SizeResult result = results.get(0);
        assertThat(result.loads()).extracting(l -> l.loader() + "|" + l.phase())
                .containsExactly(Benchmark.OFFLINE + "|first load", Benchmark.TALENTGRAPH + "|delta");
        assertThat(result.load(Benchmark.OFFLINE, "first load").orElseThrow().records()).isEqualTo(result.summary().records());
        assertThat(result.load(Benchmark.TALENTGRAPH, "delta").orElseThrow().records()).isPositive();
        assertThat(result.fingerprints()).isEmpty();
        assertThat(result.queries()).hasSize(30).allSatisfy(q -> assertThat(q.runs()).isPositive());
        // The first page and the full answer side by side, on the same organization.
        String fullAnswer = result.queries().stream().filter(q -> q.query().equals("hires by the largest organization"))
                .findFirst().orElseThrow().note();
        assertThat(fullAnswer).endsWith(" hires");
        assertThat(result.queries()).filteredOn(q -> q.query().endsWith("first page of 50")).singleElement()
                .satisfies(page -> assertThat(page.note()).isEqualTo(fullAnswer));
        assertThat(work.resolve("persons-" + PERSONS + "-seed-42").resolve("store-offline")).doesNotExist();

        String report = BenchReport.markdown(results, options, "talentgraph bench --queries-only --sizes " + PERSONS,
                BenchReport.loadAverage());
        assertThat(report).contains("Queries only").contains("#### Query latency")
                .contains("| hires by the largest organization, first page of 50 | ")
                .contains("| 1,000 | " + Benchmark.OFFLINE + " | first load")
                .doesNotContain("Targets").doesNotContain(Benchmark.LOAD_CSV).doesNotContain(Benchmark.NAIVE);

        Path doc = work.resolve("benchmarks.md");
        String everyLoader = BenchReport.BEGIN + "\nevery loader\n" + BenchReport.END + "\n";
        Files.writeString(doc, "# Benchmarks\n\n" + everyLoader + "\n" + BenchReport.QUERIES_BEGIN + "\nold\n"
                + BenchReport.QUERIES_END + "\n");
        BenchReport.writeInto(doc, report, options);
        assertThat(Files.readString(doc)).contains(everyLoader).contains(BenchReport.QUERIES_BEGIN + "\n" + report)
                .doesNotContain("old");
    }
}
