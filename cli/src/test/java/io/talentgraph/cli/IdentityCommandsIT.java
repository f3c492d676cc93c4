package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code duplicates}, {@code merge}, {@code merges} and {@code unmerge} as a user runs them: a second Alexandr Wang,
 * written by hand in Browser, found, merged with its reason, and taken apart again to the same graph. On a server by
 * {@code --uri} (the test harness, whose plans stay warm between tests); the embedded path of every command is
 * {@link CommandLineIT}'s.
 */
class IdentityCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every node and relationship but the audit trail, with all properties, in an order set by the data. */
    private static final String WHOLE_GRAPH = """
            CALL {
              MATCH (n) WHERE NOT n:Merge AND NOT n:TalentGraphSchema
              RETURN 'node ' + coalesce(n.id, n.key) AS key, labels(n) AS labels, properties(n) AS props
              UNION ALL
              MATCH (a)-[r]->(b)
              RETURN 'rel ' + a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.factId, '') AS key, [] AS labels,
                     properties(r) AS props
            }
            RETURN key, labels, props ORDER BY key""";

    /**
     * The graph as JSON rows, labels sorted, rows sorted: property order within a map does not count, as JSON object
     * equality says, nor does the order of rows with the same key (a flow row and its rolled-up twin).
     */
    private List<JsonNode> wholeGraph(String uri) throws Exception {
        CliRunner.Result run = CliRunner.run(Map.of(), "query", "--format", "json", "--uri", uri, WHOLE_GRAPH);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(run.out())) {
            List<String> labels = new ArrayList<>();
            row.get("labels").forEach(l -> labels.add(l.asText()));
            labels.sort(null);
            ((ObjectNode) row).set("labels", JSON.valueToTree(labels));
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> r.get("key").asText() + r.get("labels")));
        return rows;
    }

    @TempDir
    Path dir;

    @Test
    void aDuplicateIsFoundMergedAndUnmergedBackToTheSameGraph() throws Exception {
        String uri = TestNeo4j.server().boltURI().toString();
        TestNeo4j.clearData(TestNeo4j.database());
        assertThat(CliRunner.run(Map.of(), "load", "--seed", "--uri", uri).exitCode()).isZero();
        CliRunner.Result written = CliRunner.run(Map.of(), "query", "--write", "--uri", uri, """
                MATCH (meta:Organization {id: 'meta'})
                CREATE (p:Person {id: 'alexander-wang', name: 'Alexander Wang', datasets: ['by-hand']})
                CREATE (p)-[:WORKS_AT {factId: 'by-hand-1', current: true, evidence: ['typed in Browser']}]->(meta)""");
        assertThat(written.exitCode()).as(written.err()).isZero();
        List<JsonNode> before = wholeGraph(uri);
        assertThat(before.size()).isGreaterThan(50);

        CliRunner.Result duplicates = CliRunner.run(Map.of(), "duplicates", "--format", "json", "--uri", uri);
        assertThat(duplicates.exitCode()).as(duplicates.err()).isZero();
        JsonNode pair = JSON.readTree(duplicates.out()).get(0);
        assertThat(pair.get("first").asText()).isEqualTo("alexander-wang");
        assertThat(pair.get("second").asText()).isEqualTo("alexandr-wang");
        assertThat(pair.get("evidence").asText()).isNotBlank();

        assertThat(CliRunner.run(Map.of(), "merge", "alexandr-wang", "alexander-wang", "--uri", uri).exitCode())
                .as("a merge without a reason").isNotZero();
        CliRunner.Result merged = CliRunner.run(Map.of(), "merge", "alexandr-wang", "alexander-wang", "--reason",
                "the same Scale AI founder, spelled by hand", "--uri", uri);
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        Matcher undo = Pattern.compile("talentgraph unmerge (merge-[0-9a-f]+)").matcher(merged.out());
        assertThat(undo.find()).as(merged.out()).isTrue();

        CliRunner.Result roles = CliRunner.run(Map.of(), "roles", "Alexander Wang", "--uri", uri);
        assertThat(roles.exitCode()).as(roles.err()).isZero();
        assertThat(roles.out()).contains("Alexandr Wang").contains("Meta");
        assertThat(CliRunner.run(Map.of(), "duplicates", "--uri", uri).out()).contains("No likely duplicates.");
        assertThat(CliRunner.run(Map.of(), "merges", "--uri", uri).out())
                .contains(undo.group(1)).contains("the same Scale AI founder, spelled by hand");

        CliRunner.Result unmerged = CliRunner.run(Map.of(), "unmerge", undo.group(1), "--uri", uri);
        assertThat(unmerged.exitCode()).as(unmerged.err()).isZero();
        assertThat(wholeGraph(uri)).isEqualTo(before);
        CliRunner.Result again = CliRunner.run(Map.of(), "unmerge", undo.group(1), "--uri", uri);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("undone already");
    }
}
