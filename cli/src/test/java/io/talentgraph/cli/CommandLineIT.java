package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, on an embedded store as a newcomer runs it, and on a server by --uri. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineIT {

    @TempDir
    static Path home;
    @RegisterExtension
    static final CliSession cli = CliSession.perClass();
    private Map<String, String> env;
    private CliRunner.Result demo;

    @BeforeAll
    void runTheDemo() {
        env = Map.of("TALENTGRAPH_STORE", home.resolve("store").toString());
        demo = CliRunner.run(env, "demo");
    }

    private CliRunner.Result run(String... args) {
        return cli.run(env, args);
    }

    private static JsonNode json(CliRunner.Result result) throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Output.JSON.readTree(result.out());
    }

    @Test
    void demoPrintsTheArticlesAnswers() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out())
                .contains("Who leads Meta Superintelligence Labs", "Alexandr Wang (ألكسندر وانغ)", "Chief AI Officer")
                .contains("Trapit Bansal", "techcrunch-bansal-report", "14300000000", "Noam Brown", "failed")
                .contains("(unspecified: rival companies) | Meta | 9")
                .containsPattern("OpenAI\\s+\\| Meta \\| 4");
        assertThat(home.resolve("store")).isDirectoryContaining(p -> p.getFileName().toString().equals("data"));
    }

    @Test
    void flowAsJsonIsAnArrayOfRowObjects() throws Exception {
        JsonNode rows = json(run("flow", "--format", "json", "--roll-up"));
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("from").asText()).isEqualTo("Google");
            assertThat(r.get("to").asText()).isEqualTo("Meta");
            assertThat(r.get("count").asLong()).isEqualTo(2);
        });
    }

    @Test
    void flowAsCsvHasAHeaderAndOneLinePerPair() {
        CliRunner.Result csv = run("flow", "--format", "csv", "--from", "OpenAI");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().toList()).containsExactly("from,to,count,named,unnamed", "OpenAI,Meta,4,0,4");
    }

    @Test
    void queryReturnsNeo4jValuesAsPlainJson() throws Exception {
        JsonNode rows = json(run("query", "--format", "json", "--param", "id=sam-altman", "--param", "n=2",
                "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.nameAr AS nameAr, $n + 1 AS three, "
                        + "date('2025-04-01') AS day, datetime('2025-06-30T10:00:00Z') AS at, [1, 2] AS list, "
                        + "{a: 1} AS map, p AS node"));
        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("name").asText()).isEqualTo("Sam Altman");
        assertThat(row.get("nameAr").asText()).isEqualTo("سام ألتمان");
        assertThat(row.get("three").asLong()).isEqualTo(3);
        assertThat(row.get("day").asText()).isEqualTo("2025-04-01");
        assertThat(row.get("at").asText()).isEqualTo("2025-06-30T10:00Z");
        assertThat(row.get("list").toString()).isEqualTo("[1,2]");
        assertThat(row.get("map").get("a").asLong()).isEqualTo(1);
        assertThat(row.get("node").get("labels").toString()).contains("Person", "Executive");
        assertThat(row.get("node").get("properties").get("id").asText()).isEqualTo("sam-altman");
    }

    @Test
    void queryWithoutWriteCannotChangeData() {
        CliRunner.Result refused = run("query", "MATCH (p:Person {id: 'noam-brown'}) DETACH DELETE p");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("read-only", "--write").doesNotContain("\tat ");
        assertThat(run("query", "--format", "csv", "MATCH (p:Person {id: 'noam-brown'}) RETURN count(p) AS n").out())
                .isEqualTo("n\n1\n");
    }

    @Test
    void queryWithWriteChangesData() {
        assertThat(run("query", "--write", "--param", "id=probe", "MERGE (:Probe {id: $id})").exitCode()).isZero();
        assertThat(run("query", "--format", "csv", "MATCH (p:Probe) RETURN p.id AS id").out()).isEqualTo("id\nprobe\n");
        run("query", "--write", "MATCH (p:Probe) DELETE p");
    }

    @Test
    void profileByArabicName() {
        CliRunner.Result r = run("profile", "نوام", "براون");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Noam Brown", "TRIED_TO_HIRE", "failed", "WORKS_AT", "OpenAI");
    }

    @Test
    void reportedListsWhatAnOutletSaid() {
        CliRunner.Result r = run("reported", "TechCrunch");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Trapit Bansal", "HIRED_FROM", "OpenAI");
    }

    @Test
    void leadersAttemptsInvestmentsRolesPathSearchAndSchemaAnswer() {
        assertThat(run("leaders", "scale-ai", "--former").out()).contains("Alexandr Wang", "false");
        assertThat(run("attempts").out()).contains("Koray Kavukcuoglu", "Google");
        assertThat(run("investments", "Meta", "--format", "csv").out()).contains("14300000000,USD");
        assertThat(run("roles", "Nat Friedman").out()).contains("GitHub", "Meta Superintelligence Labs");
        assertThat(run("path", "Jack Altman", "Mark Zuckerberg").out()).contains("Sam Altman", "Mark Zuckerberg");
        assertThat(run("search", "وانغ").out()).contains("alexandr-wang");
        assertThat(run("schema").out()).contains("schema version", "entity_names", "person_id");
    }

    @Test
    void badUsageExitsWithTwo() {
        CliRunner.Result missing = run("hires");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter");
        assertThat(run("flow", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(run("flow", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(run("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void errorsExitWithOneAndAMessageNotAStackTrace() {
        CliRunner.Result r = run("hires", "Nonexistent Labs");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: No organization matches 'Nonexistent Labs'").doesNotContain("\tat ");
        CliRunner.Result verbose = run("hires", "Nonexistent Labs", "--verbose");
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void everySubcommandHasHelp() {
        List<String> commands = List.of("demo", "load", "validate", "hires", "flow", "leaders", "roles", "investments",
                "attempts", "profile", "path", "reported", "search", "query", "schema");
        for (String command : commands) {
            CliRunner.Result help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: talentgraph " + command);
            assertThat(help.out()).as(command).contains("--format");
            if (!command.equals("validate")) {
                assertThat(help.out()).as(command).contains("--uri", "--store");
            }
        }
    }

    @Test
    void anInvalidDatasetFileIsRejectedWithFileLineAndFieldAndNothingLoaded() throws Exception {
        Path bad = home.resolve("bad.yaml");
        Files.writeString(bad, """
                format: talentgraph-dataset/1
                id: bad
                sources: [{id: s, kind: report}]
                people: [{id: someone-new, name: Someone New}]
                facts:
                  - {type: hire, person: someone-new, by: nowhere, sources: [s], evidence: [{quote: x}]}
                """);
        CliRunner.Result validate = run("validate", bad.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains(bad + ":6:").contains("facts[0].by", "unknown organization 'nowhere'");
        JsonNode problems = Output.JSON.readTree(run("validate", "--format", "json", bad.toString()).out());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.get("line").asInt()).isEqualTo(6);
            assertThat(p.get("field").asText()).isEqualTo("facts[0].by");
        });
        CliRunner.Result load = run("load", bad.toString());
        assertThat(load.exitCode()).isEqualTo(1);
        assertThat(run("query", "--format", "csv", "MATCH (p:Person {id: 'someone-new'}) RETURN count(p) AS n").out())
                .isEqualTo("n\n0\n");
    }

    @Test
    void theSameCommandsWorkAgainstAServerByUri() throws Exception {
        TestNeo4j.clearData(TestNeo4j.database());
        Map<String, String> server = Map.of("TALENTGRAPH_URI", TestNeo4j.server().boltURI().toString());
        assertThat(CliRunner.run(server, "load", "--seed").exitCode()).isZero();

        CliRunner.Result viaUri = CliRunner.run(Map.of(), "flow", "--format", "json",
                "--uri", TestNeo4j.server().boltURI().toString());
        CliRunner.Result viaEnv = CliRunner.run(server, "flow", "--format", "json");
        CliRunner.Result embedded = run("flow", "--format", "json");
        assertThat(json(viaUri)).isEqualTo(json(embedded));
        assertThat(json(viaEnv)).isEqualTo(json(embedded));
    }

    @Test
    void anUnreachableServerIsAClearError() {
        CliRunner.Result r = CliRunner.run(Map.of(), "flow", "--uri", "bolt://127.0.0.1:1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Cannot reach Neo4j at bolt://127.0.0.1:1").doesNotContain("\tat ");
        CliRunner.Result badScheme = CliRunner.run(Map.of(), "flow", "--uri", "http://localhost:7474");
        assertThat(badScheme.exitCode()).isEqualTo(1);
        assertThat(badScheme.err()).contains("use bolt://, neo4j://");
    }
}
