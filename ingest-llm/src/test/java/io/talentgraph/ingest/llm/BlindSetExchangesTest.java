package io.talentgraph.ingest.llm;

import io.talentgraph.TalentGraphException;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.dataset.Source;
import io.talentgraph.ingest.Article;
import io.talentgraph.ingest.Gazetteer;
import io.talentgraph.ingest.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The blind sets' model requests, committed as exchange fixtures, are exactly what the extractor sends
 * today: a change to the prompt, the schema or the request shape makes them stale, and this test says so
 * (regenerate them, and the answers become a new measurement). See docs/ingest.md.
 */
class BlindSetExchangesTest {

    static final Path BLIND = Path.of("../ingest/src/test/resources/io/talentgraph/ingest/blind");
    static final Path EXCHANGES = Path.of("src/test/resources/io/talentgraph/ingest/llm/exchanges");

    /** The sets whose requests were sent with an earlier prompt, and that prompt; the others have the newest. */
    private static final Map<String, String> EARLIER_PROMPT = Map.ofEntries(Map.entry("set-1", "prompt-1"),
            Map.entry("set-2", "prompt-1"), Map.entry("set-3", "prompt-1"), Map.entry("set-4", "prompt-1"),
            Map.entry("set-5", "prompt-1"), Map.entry("set-6", "prompt-1"), Map.entry("set-7", "prompt-1"),
            Map.entry("set-8", "prompt-2"), Map.entry("set-9", "prompt-3"), Map.entry("set-10", "prompt-3"),
            Map.entry("set-11", "prompt-3"));

    /**
     * @param set a blind set
     * @param exchangeDir its exchange files
     * @return the configuration its requests were sent with
     */
    static LlmConfig configOf(String set, Path exchangeDir) {
        return new LlmConfig(null, "helper-model", null, exchangeDir, Duration.ofSeconds(5), 0,
                EARLIER_PROMPT.getOrDefault(set, LlmConfig.DEFAULT_PROMPT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"set-1", "set-2", "set-3", "set-4", "set-5", "set-6", "set-7", "set-8", "set-9", "set-10", "set-11", "set-12"})
    void theCommittedRequestsAreWhatTheExtractorSendsForEveryBlindArticle(String set, @TempDir Path fresh)
            throws IOException {
        Path corpus = BLIND.resolve(set);
        Gazetteer gazetteer = Gazetteer.of(List.of(SeedDatasets.metaSuperintelligenceLabs()));
        LlmExtractor extractor = LlmExtractor.create(configOf(set, fresh));
        List<Path> folders;
        try (Stream<Path> list = Files.list(corpus)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        for (Path folder : folders) {
            Dataset gold = DatasetReader.read(folder.resolve("gold.yaml"));
            Source source = gold.sources().get(0);
            Article article = new Article(folder.getFileName().toString(),
                    Files.readString(folder.resolve("article.txt"), StandardCharsets.UTF_8), Language.of(source.language()),
                    null, source.published());
            assertThat(hashOf(extractor, article, gazetteer)).matches("[0-9a-f]{16}");
        }
        assertThat(requests(fresh)).isEqualTo(requests(EXCHANGES.resolve("blind-" + set)));
    }

    /** Runs the article against the fresh folder (no endpoint): its request is written, and it waits. */
    private static String hashOf(LlmExtractor extractor, Article article, Gazetteer gazetteer) {
        TalentGraphException waiting = catchThrowableOfType(TalentGraphException.class,
                () -> extractor.extract(article, gazetteer));
        assertThat(waiting).isNotNull();
        assertThat(waiting.getMessage()).contains("waits for an answer");
        return waiting.getMessage().replaceAll("(?s).*: ([0-9a-f]{16})\\.request\\.json.*", "$1");
    }

    private static Map<String, String> requests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".request.json")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
