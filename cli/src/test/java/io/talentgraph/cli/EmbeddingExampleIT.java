package io.talentgraph.cli;

import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.AttemptQuery;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.Hire;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.TalentQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's embedding example, compiled and run, and kept identical to what the README shows. */
class EmbeddingExampleIT {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRunsAndPrintsTheFlow() {
        Path store = dir.resolve("store");
        List<String> printed = new ArrayList<>();
        // README:begin
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store))) {
            new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
            TalentQueries queries = new TalentQueries(db);

            for (Flow flow : queries.flow(FlowQuery.into("Meta").largestFirst()).items()) {
                printed.add(flow.fromLabel() + " -> " + flow.to().name() + ": " + flow.count());
            }
            queries.hiringAttempts(AttemptQuery.failed()).items().forEach(attempt ->
                    printed.add(attempt.person().name() + " was not hired (" + attempt.outcome() + ")"));

            HireQuery metaHires = HireQuery.by("Meta").first(2);
            for (Page<Hire> page = queries.hires(metaHires); ; page = queries.hires(metaHires.after(page.next()))) {
                page.items().forEach(hire -> printed.add(hire.person().name() + " joined from " + hire.from().name()));
                if (!page.hasNext()) {
                    break;
                }
            }
        }
        // README:end
        assertThat(printed).contains("OpenAI -> Meta: 4", "Noam Brown was not hired (failed)");
        // page by page, every named hire of Meta once: what the one-answer call returns
        List<String> all = new ArrayList<>();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store))) {
            new TalentQueries(db).hires(HireQuery.by("Meta").first(HireQuery.MAX_PAGE_SIZE)).items()
                    .forEach(hire -> all.add(hire.person().name() + " joined from " + hire.from().name()));
        }
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(printed).filteredOn(line -> line.contains(" joined from ")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/talentgraph/cli/EmbeddingExampleIT.java"));
        String example = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("        // README:end")).stripTrailing().stripIndent().strip();
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme.replace("System.out::println", "printed::add")
                .replace("System.out.println(", "printed.add(")).contains(example);
    }
}
