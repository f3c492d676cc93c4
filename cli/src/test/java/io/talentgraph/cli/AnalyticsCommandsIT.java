package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.analytics.picture.FlowPicture;
import io.talentgraph.connect.Database;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.export.GraphJson;
import io.talentgraph.export.GraphMl;
import io.talentgraph.export.GraphSnapshot;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} and {@code export} on the article, through the command line as a user runs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsCommandsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final CliSession cli = CliSession.perClass();

    @TempDir
    static Path dir;
    private String store;

    @BeforeAll
    void loadTheArticle() {
        store = dir.resolve("store").toString();
        assertThat(cli.run(Map.of(), "load", "--seed", "--store", store).exitCode()).isZero();
    }

    @Test
    void reportShowsMetaAsTopGainerAndNamesTheCentralPeopleAndCommunities() {
        CliRunner.Result run = cli.run(Map.of(), "analyze", "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== Top net gainers\norganization | gained | lost | net")
                .containsPattern("Meta \\(ميتا\\) +\\| 18 +\\| 0 +\\| 18")
                .containsPattern("OpenAI +\\| 0 +\\| 4 +\\| -4")
                .containsPattern("\\(unspecified: rival companies\\) \\| Meta \\| 9")
                .containsPattern("1 \\| Alexandr Wang \\(ألكسندر وانغ\\) +\\| [0-9.]+ +\\| 5")
                .contains("1. OpenAI, Jack Altman, Noam Brown, Sam Altman, Trapit Bansal")
                .contains("Network: 24 nodes, 28 ties; GDS 2.13");
    }

    @Test
    void marketCountsTheWayPeopleMovedAsTheFlowDoes() throws Exception {
        CliRunner.Result market = cli.run(Map.of(), "market", "--between", "openai", "meta", "--format", "json",
                "--store", store);
        CliRunner.Result flow = cli.run(Map.of(), "flow", "--format", "json", "--store", store);

        assertThat(market.exitCode()).as(market.err()).isZero();
        JsonNode direction = JSON.readTree(market.out()).path("direction");
        long openAiToMeta = 0;
        for (JsonNode row : JSON.readTree(flow.out())) {
            if (row.path("from").asText().equals("OpenAI") && row.path("to").asText().equals("Meta")) {
                openAiToMeta += row.path("count").asLong();
            }
        }
        assertThat(openAiToMeta).isPositive();
        assertThat(direction.path("forward").asLong()).isEqualTo(openAiToMeta);
        assertThat(direction.path("back").asLong()).as("nobody in the article moved from Meta to OpenAI").isZero();
        assertThat(direction.path("ratio").asText()).startsWith("unbounded");
        assertThat(JSON.readTree(market.out()).path("boomerangOrderUnknown").asInt()).isZero();

        CliRunner.Result unknown = cli.run(Map.of(), "market", "--between", "openai", "nowhere", "--store", store);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("'nowhere'");
    }

    @Test
    void jsonReportHoldsEveryPageRankScoreKeyedLikeTheExport() throws Exception {
        JsonNode report = JSON.readTree(cli.run(Map.of(), "analyze", "--format", "json", "--store", store).out());

        assertThat(report.at("/netFlow/0/id").asText()).isEqualTo("meta");
        assertThat(report.at("/netFlow/0/net").asLong()).isEqualTo(18);
        assertThat(report.at("/network/pageRank")).hasSize(report.at("/network/nodes").asInt());
        assertThat(report.at("/network/pageRank/0/key").asText()).isEqualTo("Organization:meta");
    }

    @Test
    void csvReportIsOneTidyTable() {
        String csv = cli.run(Map.of(), "analyze", "--format", "csv", "--store", store).out();

        assertThat(csv).startsWith("section,rank,key,kind,id,name,nameAr,value,detail\n")
                .contains("netFlow,1,Organization:meta,Organization,meta,Meta,ميتا,18,\"gained 18, lost 0\"")
                .contains("pageRank,1,Organization:meta,Organization,meta,Meta,ميتا,")
                .contains("flows,2,Organization:meta,Organization,meta,Meta,ميتا,4,from OpenAI");
    }

    @Test
    void againstAServerWithoutGdsTheFlowsPrintAndTheErrorSaysWhatToInstall() {
        Database server = TestNeo4j.database();
        TestNeo4j.clearData(server);
        new GraphLoader(server).load(SeedDatasets.metaSuperintelligenceLabs());

        CliRunner.Result run = CliRunner.run(Map.of(), "analyze", "--uri", TestNeo4j.server().boltURI().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("Meta \\(ميتا\\) +\\| 18").doesNotContain("PageRank");
        assertThat(run.err()).contains("Graph Data Science (GDS) is not installed")
                .contains("dbms.security.procedures.unrestricted=gds.*");
    }

    @Test
    void graphMlAndJsonExportsHoldTheWholeGraphWithArabicIntact() throws Exception {
        Path graphml = dir.resolve("graph.graphml");
        Path json = dir.resolve("graph.json");
        assertThat(cli.run(Map.of(), "export", "--format", "graphml", "-o", graphml.toString(), "--store", store).exitCode()).isZero();
        assertThat(cli.run(Map.of(), "export", "--format", "json", "-o", json.toString(), "--store", store).exitCode()).isZero();

        GraphSnapshot fromGraphMl;
        try (Reader r = Files.newBufferedReader(graphml, StandardCharsets.UTF_8)) {
            fromGraphMl = GraphMl.read(r, graphml.toString());
        }
        GraphSnapshot fromJson;
        try (Reader r = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
            fromJson = GraphJson.read(r, json.toString());
        }
        assertThat(fromGraphMl).isEqualTo(fromJson);
        assertThat(fromGraphMl.nodes()).hasSize(42);
        assertThat(fromGraphMl.relationships()).hasSize(68);
        assertThat(Files.readString(graphml)).contains("بيي صن");
    }

    @Test
    void csvExportNeedsADirectoryAndWritesTheImporterCommand() throws Exception {
        CliRunner.Result withoutOutput = cli.run(Map.of(), "export", "--format", "csv", "--store", store);
        assertThat(withoutOutput.exitCode()).isEqualTo(2);
        assertThat(withoutOutput.err()).contains("--format csv needs --output DIRECTORY");

        Path csv = dir.resolve("csv");
        CliRunner.Result run = cli.run(Map.of(), "export", "--format", "csv", "-o", csv.toString(), "--store", store);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(csv.resolve("nodes-Person.csv")).content(StandardCharsets.UTF_8)
                .startsWith(":ID,:LABEL,datasets:string[],id:string,name:string,nameAr:string\n")
                .contains("\"Person:pei-sun\",\"Person\u001FResearcher\"");
        assertThat(csv.resolve("import-command.txt")).content().contains("--nodes=" + csv.resolve("nodes-Person.csv").toAbsolutePath());
    }

    @Test
    void pictureExportsWriteSvgAndPng() throws Exception {
        Path png = dir.resolve("flow.png");
        CliRunner.Result svg = cli.run(Map.of(), "export", "--format", "svg", "--roll-up", "--store", store);
        CliRunner.Result pngRun = cli.run(Map.of(), "export", "--format", "png", "-o", png.toString(), "--store", store);

        assertThat(svg.exitCode()).as(svg.err()).isZero();
        assertThat(svg.out()).startsWith("<?xml").contains("<title>Google: gained 0, lost 2</title>")
                .contains("<title>Meta (ميتا): gained 18, lost 0</title>");
        assertThat(pngRun.exitCode()).as(pngRun.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(2 * FlowPicture.WIDTH);
    }
}
