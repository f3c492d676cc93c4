package io.talentgraph.ingest.llm;

import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.ingest.CorpusEvaluation;
import io.talentgraph.ingest.ExtractionEvaluation;
import io.talentgraph.ingest.Gazetteer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed model answers of the blind sets, replayed through the extractor and the verifier: every answered
 * article yields a draft that loads, with no failed attempt as a hire and no former role as current; articles
 * without an answer are the only ones left out. The figures themselves are in docs/ingest.md.
 */
class AnsweredExchangesTest {

    @ParameterizedTest
    @ValueSource(strings = {"set-1", "set-2", "set-3", "set-4", "set-5", "set-6", "set-7"})
    void everyAnsweredArticleGivesALoadableDraftWithoutCriticalErrors(String set, @TempDir Path copy) throws IOException {
        Path exchanges = BlindSetExchangesTest.EXCHANGES.resolve("blind-" + set);
        long answers;
        try (Stream<Path> files = Files.list(exchanges)) {
            List<Path> all = files.toList();
            answers = all.stream().filter(p -> p.toString().endsWith(".response.json")).count();
            for (Path file : all) {
                // a copy, so that replaying never writes a request file into the sources
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        LlmExtractor extractor = LlmExtractor.create(BlindSetExchangesTest.configOf(set, copy));
        Gazetteer gazetteer = Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));

        CorpusEvaluation.Result result = CorpusEvaluation.run(BlindSetExchangesTest.BLIND.resolve(set), extractor, gazetteer);

        assertThat(result.failures().values()).as("only unanswered requests may fail")
                .allSatisfy(message -> assertThat(message).contains("waits for an answer"));
        assertThat(result.articles()).as("one article per answer").hasSize((int) answers);
        for (CorpusEvaluation.ArticleResult article : result.articles()) {
            assertThat(article.evaluation().failedAttemptsAsHires()).as(article.name() + ": failed attempts as hires").isZero();
            assertThat(article.evaluation().formerAsCurrent()).as(article.name() + ": former roles as current").isZero();
        }
        // the hire figures after the verifier's same-move and change-of-role rules (docs/ingest.md): no worse
        int[] rightAndWrong = HIRES_AFTER_TUNING.get(set);
        ExtractionEvaluation.Score hires = result.score(FactType.HIRE);
        assertThat(hires.matched()).as(set + ": hires right").isGreaterThanOrEqualTo(rightAndWrong[0]);
        assertThat(hires.extracted() - hires.matched()).as(set + ": hires wrong").isLessThanOrEqualTo(rightAndWrong[1]);
    }

    /** Per set: hires with person, origin and hirer right, and hires proposed that the gold does not hold. */
    private static final Map<String, int[]> HIRES_AFTER_TUNING = Map.of(
            "set-1", new int[] {19, 3}, "set-2", new int[] {12, 0}, "set-3", new int[] {16, 0}, "set-4", new int[] {11, 1},
            "set-5", new int[] {39, 4}, "set-6", new int[] {22, 2},
            // set 7: its first run, nothing tuned on it yet
            "set-7", new int[] {27, 3});
}
