package io.talentgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest and eval-extract from the command line, without a store (--no-graph) and without a model. */
class IngestCommandsTest {

    private static final Path FIXTURES = Path.of("../ingest/src/test/resources/io/talentgraph/ingest/fixtures");

    @Test
    void theLlmExtractorWithoutEndpointOrAnswersFailsWithOneClearLine(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Meta hired Ruoming Pang from Apple.");

        CliRunner.Result r = CliRunner.run(Map.of(), "ingest", article.toString(), "--no-graph", "--extractor", "llm");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("needs an endpoint").contains("TALENTGRAPH_LLM_BASE_URL"));
        assertThat(dir.resolve("a.draft.yaml")).doesNotExist();
    }

    @Test
    void withAnExchangeFolderTheWaitingRequestIsWrittenAndNamed(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Meta hired Ruoming Pang from Apple.");
        Path exchanges = dir.resolve("ex");

        CliRunner.Result r = CliRunner.run(Map.of(), "ingest", article.toString(), "--no-graph", "--extractor", "llm",
                "--llm-exchange", exchanges.toString(), "--llm-model", "some-model");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("1 model request waits for an answer");
        try (var files = Files.list(exchanges)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(r.err()).contains(name));
        }
    }

    @Test
    void aFailedAttemptIsDraftedAsOneAndWhatTheVerifierRefusesIsKeptWithItsReason(@TempDir Path dir) throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"),
                "Meta could not hire Noam Brown from OpenAI.\n\nLater, Meta hired Ruoming Pang from Apple.");
        Path draft = dir.resolve("d.yaml");

        CliRunner.Result r = CliRunner.run(Map.of(), "ingest", article.toString(), "--no-graph", "--no-shipped", "-o",
                draft.toString(), "--published", "2025-07-10");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String yaml = Files.readString(draft);
        assertThat(yaml).doesNotContain("person: noam-brown\n    by: meta");
        assertThat(r.out()).contains("the verifier rejected");
    }

    @Test
    void evalExtractScoresAWholeCorpusAndCountsTheCriticalErrors() {
        CliRunner.Result r = CliRunner.run(Map.of(), "eval-extract", FIXTURES.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("helix-hires-okonkwo-en").contains("hire")
                .contains("patterns/1 on 6 articles. Failed attempts extracted as hires: 0; former roles extracted as current: 0.");
    }
}
