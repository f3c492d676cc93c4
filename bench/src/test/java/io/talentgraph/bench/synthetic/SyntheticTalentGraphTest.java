package io.talentgraph.bench.synthetic;

import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.BulkLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator: same seed, same bytes; realistic shape; valid input. */
class SyntheticTalentGraphTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        SyntheticTalentGraph.of(2_000, 42).write(dir.resolve("a"), BulkInput.Format.JSON_LINES);
        SyntheticTalentGraph.of(2_000, 42).write(dir.resolve("b"), BulkInput.Format.JSON_LINES);
        SyntheticTalentGraph.of(2_000, 43).write(dir.resolve("c"), BulkInput.Format.JSON_LINES);

        for (String file : List.of("people.jsonl", "organizations.jsonl", "sources.jsonl", "facts.jsonl")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(dir.resolve("a").resolve("facts.jsonl")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve("facts.jsonl")));
    }

    @Test
    void aGraphHasHeavyTailedEmployersCareersGroupsAndUniqueNamesInBothScripts() throws IOException {
        SyntheticTalentGraph.Summary summary = SyntheticTalentGraph.of(6_000, 1).write(dir, BulkInput.Format.CSV);

        assertThat(BulkLoader.validate(BulkInput.open(dir))).containsEntry(BulkInput.Part.PEOPLE, 6_000L);
        assertThat(summary.facts()).containsKeys("works-at", "hire", "leads", "group-hire", "investment", "part-of",
                "hiring-attempt", "partners");
        assertThat(summary.facts().get("hire")).isBetween(10_000L, 13_000L);
        assertThat((double) summary.relationships() / summary.persons()).isBetween(4.5, 5.5);
        Set<String> english = new HashSet<>();
        Set<String> arabic = new HashSet<>();
        try (Stream<String> lines = Files.lines(dir.resolve("people.csv"))) {
            lines.skip(1).forEach(line -> {
                String[] cells = line.split(",");
                english.add(cells[1]);
                arabic.add(cells[2]);
            });
        }
        assertThat(english).hasSize(6_000);
        assertThat(arabic).hasSize(6_000).allSatisfy(name -> assertThat(name).matches(".*[\\u0600-\\u06FF].*"));
        Map<String, Integer> hiresBy = new HashMap<>();
        try (Stream<String> lines = Files.lines(dir.resolve("facts.csv"))) {
            lines.filter(l -> l.startsWith("hire,")).forEach(l -> hiresBy.merge(l.split(",")[4], 1, Integer::sum));
        }
        int largest = hiresBy.values().stream().max(Integer::compare).orElseThrow();
        int median = hiresBy.values().stream().sorted().toList().get(hiresBy.size() / 2);
        assertThat(largest).as("the largest employer hires far more than the median one").isGreaterThan(10 * median);
    }
}
