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

/** {@code hires} a page at a time, on a server by {@code --uri}: the test harness holding the article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiresPagingIT {

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
    void limitOnePrintsANextCursorAndAfterItTheNextPagePrintsTheNextOne() {
        CliRunner.Result first = run("hires", "Meta", "--limit", "1");
        Matcher cursor = NEXT.matcher(first.out());
        assertThat(cursor.find()).as(first.out()).isTrue();
        assertThat(first.out()).contains("Alexandr Wang").doesNotContain("Jack Rae")
                .contains("Counted groups", "More counted groups: --groups --after ");

        CliRunner.Result second = run("hires", "Meta", "--limit", "1", "--after", cursor.group(1));
        Matcher next = NEXT.matcher(second.out());
        assertThat(next.find()).as(second.out()).isTrue();
        assertThat(next.group(1)).isNotEqualTo(cursor.group(1));
        assertThat(second.out()).contains("Jack Rae").doesNotContain("Alexandr Wang").doesNotContain("Counted groups");
    }

    @Test
    void theWholeAnswerFitsTheDefaultPageAndNeedsNoCursor() {
        CliRunner.Result all = run("hires", "Meta");
        assertThat(all.out()).contains("Alexandr Wang", "Trapit Bansal", "Johan Schalkwyk", "eleven-researchers-from-rivals")
                .doesNotContain("Next page", "--after");
    }

    @Test
    void jsonCarriesTheCursorsAndCsvKeepsThemOutOfTheRows() throws Exception {
        JsonNode page = Output.JSON.readTree(run("hires", "Meta", "--limit", "2", "--format", "json").out());
        assertThat(page.get("named")).hasSize(2);
        assertThat(page.get("next").asText()).isNotBlank();
        assertThat(page.get("groups")).hasSize(2);
        assertThat(page.get("groupsNext").asText()).isNotBlank();

        JsonNode rest = Output.JSON.readTree(run("hires", "Meta", "--limit", "50", "--format", "json",
                "--after", page.get("next").asText()).out());
        assertThat(rest.get("named")).hasSize(4);
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(rest.has("groups")).isFalse();

        JsonNode groups = Output.JSON.readTree(run("hires", "Meta", "--groups", "--format", "json",
                "--after", page.get("groupsNext").asText()).out());
        assertThat(groups.get("groups")).singleElement()
                .satisfies(g -> assertThat(g.get("group").asText()).isEqualTo("three-more-researchers-from-openai"));

        CliRunner.Result csv = run("hires", "Meta", "--limit", "1", "--format", "csv");
        assertThat(csv.out().lines().toList()).hasSize(2);
        assertThat(csv.err()).startsWith("Next page: --after ");
    }

    @Test
    void aBadCursorOrLimitIsAClearError() {
        CliRunner.Result bad = CliRunner.run(Map.of(), "hires", "Meta", "--after", "nonsense!", "--uri", uri);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).startsWith("error: --after: Cursor 'nonsense!' is not one a page gave out")
                .doesNotContain("\tat ");
        CliRunner.Result zero = CliRunner.run(Map.of(), "hires", "Meta", "--limit", "0", "--uri", uri);
        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.err()).startsWith("error: --limit: a page holds 1 to 1000 hires, not 0");
    }
}
