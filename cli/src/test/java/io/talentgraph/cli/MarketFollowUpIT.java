package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article, then a follow-up (invented, for this test) about a researcher who moves twice: from OpenAI to Meta in
 * August 2025 and back in January 2026. What {@code market} says is worked out by hand from the two texts below.
 * The commands run on a server by {@code --uri}: the test harness.
 */
class MarketFollowUpIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode market(String uri, String... window) throws Exception {
        List<String> args = new ArrayList<>(List.of("market", "--between", "openai", "meta", "--format", "json",
                "--uri", uri));
        args.addAll(List.of(window));
        CliRunner.Result run = CliRunner.run(Map.of(), args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void marketAnswersWhatAReaderWorksOutFromTheArticleAndTheFollowUp() throws Exception {
        String uri = TestNeo4j.server().boltURI().toString();
        TestNeo4j.clearData(TestNeo4j.database());
        Path article = dir.resolve("follow-up.txt");
        try (var in = getClass().getResourceAsStream("/io/talentgraph/cli/market-follow-up/article.txt")) {
            Files.write(article, in.readAllBytes());
        }
        assertThat(CliRunner.run(Map.of(), "load", "--seed", "--uri", uri).exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run(Map.of(), "ingest", article.toString(), "--published", "2026-02-03",
                "--accept-all", "-o", dir.resolve("draft.yaml").toString(), "--uri", uri);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        JsonNode all = market(uri);
        // OpenAI to Meta: the article's four (a counted group, Trapit Bansal among them) and Lena Ortiz (August 2025)
        // = 5, of them 1 named; back: Lena Ortiz (January 2026) = 1. Ratio 5.
        JsonNode direction = all.get("direction");
        assertThat(direction.get("forward").asLong()).isEqualTo(5);
        assertThat(direction.get("named forward").asLong()).isEqualTo(1);
        assertThat(direction.get("back").asLong()).isEqualTo(1);
        assertThat(direction.get("ratio").asDouble()).isEqualTo(5.0);
        // She left OpenAI for Meta in 2025-08 and came back in 2026-01: one boomerang, nothing unorderable.
        assertThat(all.get("boomerangs")).singleElement().satisfies(b -> {
            assertThat(b.get("person").asText()).isEqualTo("Lena Ortiz");
            assertThat(b.get("organization").asText()).isEqualTo("OpenAI");
            assertThat(b.get("left").asText()).isEqualTo("2025-08");
            assertThat(b.get("back").asText()).isEqualTo("2026-01");
        });
        assertThat(all.get("boomerangOrderUnknown").asLong()).isZero();
        // SpringRank: Meta over OpenAI 5, OpenAI over Meta 1, Meta over each other origin once. With x = sMeta - sOpenAI,
        // 5(x-1)^2 + (-x-1)^2 gives 10(x-1) + 2(x+1) = 0, x = 2/3; the four others sit 1 below Meta. Centred:
        // 6 sMeta - 2/3 - 4 = 0, so Meta 7/9, OpenAI 1/9, the others -2/9.
        List<String> ranks = new ArrayList<>();
        all.get("importers").forEach(r -> ranks.add(r.get("organization").asText() + " " + r.get("springRank").asDouble()));
        assertThat(ranks).containsExactly("Meta (ميتا) 0.7778", "OpenAI 0.1111", "Anthropic -0.2222",
                "Google DeepMind -0.2222", "Scale AI -0.2222", "Sesame AI -0.2222");

        // Retention at Meta, twelve months on, as of 2026-12-01: Ortiz joined in August 2025 (checked 2026-08-31) and
        // left in January 2026 (the follow-up's later move ends the job its earlier one began): 0 of 1. The article's
        // six named hires into Meta (Wang, Pei Sun, Bansal, Rae, Pobar, Schalkwyk) carry no date: unknown.
        // Tenure: her one ended job, 2025-08-01 to 2026-01-01, is 5 months.
        JsonNode retention = market(uri, "--org", "meta", "--as-of", "2026-12-01").get("retention");
        assertThat(retention.get("stayed").asLong()).isZero();
        assertThat(retention.get("left").asLong()).isEqualTo(1);
        assertThat(retention.get("unknown dates").asLong()).isEqualTo(6);
        assertThat(retention.get("median tenure (months)").asDouble()).isEqualTo(5.0);

        // From 2026 on: only her return is dated inside; the article's hires are undated, so they fall out.
        JsonNode since2026 = market(uri, "--from", "2026-01-01").get("direction");
        assertThat(since2026.get("forward").asLong()).isZero();
        assertThat(since2026.get("back").asLong()).isEqualTo(1);
        assertThat(since2026.get("ratio").asDouble()).isZero();
    }
}
