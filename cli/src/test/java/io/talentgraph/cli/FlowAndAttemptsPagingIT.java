package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code flow} and {@code attempts} a page at a time, as {@code hires} pages, on the harness holding the article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowAndAttemptsPagingIT {

    private static final Pattern NEXT = Pattern.compile("(?m)^Next page: --after (\\S+)$");
    private String uri;

    @BeforeAll
    void loadTheArticle() {
        TestNeo4j.clearData(TestNeo4j.database());
        uri = TestNeo4j.server().boltURI().toString();
        assertThat(CliRunner.run(Map.of(), "load", "--seed", "--uri", uri).exitCode()).isZero();
    }

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--uri", uri));
        CliRunner.Result result = CliRunner.run(Map.of(), all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    @Test
    void flowComesLargestFirstAPageAtATime() {
        CliRunner.Result first = run("flow", "--limit", "2");
        Matcher cursor = NEXT.matcher(first.out());
        assertThat(cursor.find()).as(first.out()).isTrue();
        assertThat(first.out()).contains("(unspecified: rival companies)").containsPattern("OpenAI\\s+\\| Meta \\| 4")
                .doesNotContain("Google DeepMind");

        CliRunner.Result rest = run("flow", "--limit", "50", "--after", cursor.group(1));
        assertThat(rest.out()).containsPattern("Google DeepMind\\s+\\| Meta \\| 2").contains("Anthropic", "Scale AI", "Sesame AI")
                .doesNotContain("rival companies", "OpenAI", "Next page");
    }

    @Test
    void byKeyListsFlowsInAFixedOrderAndCsvAndJsonKeepTheCursorOnStandardError() throws Exception {
        CliRunner.Result csv = run("flow", "--by-key", "--limit", "2", "--format", "csv");
        assertThat(csv.out().lines().toList()).containsExactly("from,to,count,named,unnamed",
                "(unspecified: rival companies),Meta,9,0,9", "Anthropic,Meta,1,1,0");
        assertThat(csv.err()).startsWith("Next page: --after ");

        CliRunner.Result json = run("flow", "--limit", "3", "--format", "json");
        JsonNode rows = Output.JSON.readTree(json.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(3);
        assertThat(json.err()).startsWith("Next page: --after ");
    }

    @Test
    void aCursorOfTheOtherOrderOrABadLimitIsAClearError() {
        String byKey = run("flow", "--by-key", "--limit", "1", "--format", "csv").err().strip().replace("Next page: --after ", "");
        CliRunner.Result other = CliRunner.run(Map.of(), "flow", "--after", byKey, "--uri", uri);
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).startsWith("error: --after: Cursor '" + byKey + "' continues a page of talent flows in "
                + "key order, not of talent flows largest first").doesNotContain("\tat ");
        CliRunner.Result zero = CliRunner.run(Map.of(), "flow", "--limit", "0", "--uri", uri);
        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.err()).startsWith("error: --limit: a page holds 1 to 1000 flows, not 0");
    }

    @Test
    void attemptsComeAPageAtATimeToo() {
        CliRunner.Result first = run("attempts", "--limit", "1");
        Matcher cursor = NEXT.matcher(first.out());
        assertThat(cursor.find()).as(first.out()).isTrue();
        CliRunner.Result second = run("attempts", "--limit", "1", "--after", cursor.group(1));
        assertThat(first.out() + second.out()).contains("Koray Kavukcuoglu", "Noam Brown");
        assertThat(second.out()).doesNotContain("Next page");
        CliRunner.Result none = run("attempts", "--outcome", "succeeded");
        assertThat(none.out()).doesNotContain("Noam Brown");
        CliRunner.Result bad = CliRunner.run(Map.of(), "attempts", "--outcome", "won", "--uri", uri);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: --outcome: 'won' is none of failed, succeeded, pending, unknown or any.");
    }
}
