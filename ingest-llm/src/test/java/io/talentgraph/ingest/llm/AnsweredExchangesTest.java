package io.talentgraph.ingest.llm;

import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.ingest.CorpusEvaluation;
import io.talentgraph.ingest.ExtractionEvaluation;
import io.talentgraph.ingest.Gazetteer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed model answers of the blind sets, replayed through the extractor and the verifier: every answered
 * article yields a draft that loads, with no failed attempt as a hire and no former role as current; articles
 * without an answer are the only ones left out. The figures themselves are in docs/ingest.md.
 */
class AnsweredExchangesTest {

    /**
     * Per exchange folder: the set its articles are in, the prompt its requests were sent with, the hires with person,
     * origin and hirer right (at least) and the hires proposed that the gold does not hold (at most).
     */
    @ParameterizedTest(name = "{1}: at least {3} hires right, at most {4} wrong")
    @CsvSource({
            // after the verifier's same-move and change-of-role rules (docs/ingest.md); since returns are moves
            // (gold-conventions H1), Greg Brockman's return to OpenAI is a hire the gold of sets 1 and 2 does not hold
            "set-1, blind-set-1, prompt-1, 19, 4", "set-2, blind-set-2, prompt-1, 12, 1",
            "set-3, blind-set-3, prompt-1, 16, 0", "set-4, blind-set-4, prompt-1, 11, 1",
            "set-5, blind-set-5, prompt-1, 39, 4", "set-6, blind-set-6, prompt-1, 22, 2",
            // set 7: prompt-1's first run; then all twelve answered with prompt-2, which was written on set 7
            "set-7, blind-set-7, prompt-1, 27, 3", "set-7, dev-set-7-prompt-2, prompt-2, 30, 0",
            // set 8: prompt-2's first run found 13 with 6 wrong, prompt-1's (for comparison) 12 with 6; then the verifier
            // learnt that the people of a company the hirer bought come from it (development data since), that a job
            // told without a verb of moving is no hire, and that refusing one offer then joining another is a hire
            "set-8, blind-set-8, prompt-2, 17, 5", "set-8, blind-set-8-prompt-1, prompt-1, 16, 6",
            // set 9, gold written to docs/gold-conventions.md, prompt-3's first run: 21 of 22 right, 21 of 22 found
            "set-9, blind-set-9, prompt-3, 21, 1",
            // set 10, the same way: 26 of 29 right, 26 of 29 found (one former role read as current on the first run,
            // a promotion; the verifier has since made it former, and every set holds zero); since set 11's rules a
            // board seat is no hire (Paul Nakasone), 26 right and 2 wrong
            "set-10, blind-set-10, prompt-3, 26, 2",
            // set 11, the same way, first run: 20 of 22 right, 20 of 21 found, attempts 3 of 4, no critical error;
            // then the verifier learnt that a board seat is no hire (James Cameron): 20 right, 1 wrong
            "set-11, blind-set-11, prompt-3, 20, 1",
            // set 12, prompt-4's first run: 10 of 11 right, 10 of 12 found, attempts 4 of 4, no critical error; then
            // "quit as OpenAI's president …, went back to OpenAI" stopped refusing Greg Brockman's return: 11 right
            "set-12, blind-set-12, prompt-4, 11, 1"})
    void everyAnsweredArticleGivesALoadableDraftWithoutCriticalErrors(String set, String folder, String prompt, int right,
                                                                      int wrong, @TempDir Path copy) throws IOException {
        Path exchanges = BlindSetExchangesTest.EXCHANGES.resolve(folder);
        long answers;
        try (Stream<Path> files = Files.list(exchanges)) {
            List<Path> all = files.toList();
            answers = all.stream().filter(p -> p.toString().endsWith(".response.json")).count();
            for (Path file : all) {
                // a copy, so that replaying never writes a request file into the sources
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        LlmExtractor extractor = LlmExtractor.create(
                new LlmConfig(null, "helper-model", null, copy, Duration.ofSeconds(5), 0, prompt));
        Gazetteer gazetteer = Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));

        CorpusEvaluation.Result result = CorpusEvaluation.run(BlindSetExchangesTest.BLIND.resolve(set), extractor, gazetteer);

        assertThat(result.failures().values()).as("only unanswered requests may fail")
                .allSatisfy(message -> assertThat(message).contains("waits for an answer"));
        assertThat(result.articles()).as("one article per answer").hasSize((int) answers);
        for (CorpusEvaluation.ArticleResult article : result.articles()) {
            assertThat(article.evaluation().failedAttemptsAsHires()).as(article.name() + ": failed attempts as hires").isZero();
            assertThat(article.evaluation().formerAsCurrent()).as(article.name() + ": former roles as current").isZero();
        }
        ExtractionEvaluation.Score hires = result.score(FactType.HIRE);
        assertThat(hires.matched()).as(folder + ": hires right").isGreaterThanOrEqualTo(right);
        assertThat(hires.extracted() - hires.matched()).as(folder + ": hires wrong").isLessThanOrEqualTo(wrong);
    }
}
