package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.testing.LongSuite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code notebooks/talent-flow.ipynb} runs headless on the command line's exports of the article, as an
 * analyst would run it, and finds the article's numbers: Debian's Jupyter, pandas, NetworkX and matplotlib
 * (installed by {@code .ci/run}) run it with Debian's own Python. The article dates no hire, so the section on the
 * market over time reads a second export, of the dated three-lab fixture {@code TalentMarketIT} works out by hand.
 */
// long suite: Jupyter running the notebook headless, like the browser run; the exports it reads are tested in AnalyticsCommandsIT
@LongSuite
class TalentFlowNotebookIT {

    @RegisterExtension
    final CliSession cli = CliSession.perTest();

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOK = Path.of("..", "notebooks", "talent-flow.ipynb");
    private static final Path MARKET_FIXTURE =
            Path.of("..", "analytics", "src", "test", "resources", "io", "talentgraph", "analytics", "market.yaml");

    @TempDir
    Path dir;

    @Test
    void notebookRunsOnTheExportAndAgreesWithGdsOnPageRank() throws Exception {
        requireJupyter();
        String store = dir.resolve("store").toString();
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        assertThat(cli.run(Map.of(), "load", "--seed", "--store", store).exitCode()).isZero();
        assertThat(cli.run(Map.of(), "export", "--format", "graphml", "-o", data.resolve("graph.graphml").toString(), "--store", store)
                .exitCode()).isZero();
        assertThat(cli.run(Map.of(), "export", "--format", "json", "-o", data.resolve("graph.json").toString(), "--store", store)
                .exitCode()).isZero();
        CliRunner.Result analysis = cli.run(Map.of(), "analyze", "--format", "json", "--store", store);
        assertThat(analysis.exitCode()).as(analysis.err()).isZero();
        Files.writeString(data.resolve("analysis.json"), analysis.out(), StandardCharsets.UTF_8);

        String marketStore = dir.resolve("market-store").toString();
        Path market = dir.resolve("market");
        Files.createDirectories(market);
        assertThat(cli.run(Map.of(), "load", MARKET_FIXTURE.toString(), "--store", marketStore).exitCode()).isZero();
        assertThat(cli.run(Map.of(), "export", "--format", "json", "-o", market.resolve("graph.json").toString(),
                "--store", marketStore).exitCode()).isZero();
        // with a direction in market.json, the notebook checks its own count of the pair against TalentGraph's
        CliRunner.Result marketMeasures = cli.run(Map.of(), "market", "--format", "json", "--between", "north", "south",
                "--store", marketStore);
        assertThat(marketMeasures.exitCode()).as(marketMeasures.err()).isZero();
        Files.writeString(market.resolve("market.json"), marketMeasures.out(), StandardCharsets.UTF_8);

        String outputs = execute(data, market);
        assertThat(outputs).contains("42 nodes and 68 relationships in GraphML; 42 nodes and 68 relationships in JSON")
                .contains("ألكسندر وانغ")
                .contains("OpenAI → Meta: 4 people")
                .contains("Everyone Meta hired: 18 people")
                .contains("Top net gainer: Meta (+18)")
                .contains("Biggest net loser: OpenAI (-4)")
                .contains("24 nodes and 28 ties rebuilt from GraphML; GDS projected 24 nodes and 28 ties")
                .contains("PageRank: GDS and NetworkX agree on the ranking (Spearman rho = 1.000)")
                .contains("Most central organization: Meta; most central person: Alexandr Wang")
                .contains("Skipped the live query");
        // market.yaml as TalentMarketIT works it out: nine named moves (Fay's return undated) and a group of two,
        // South -> North in 2024-06; North -> South 4 against 4 all time and 4 against 3 in 2024; SpringRank East 2/9;
        // importer inflow East 2 (Gus, Fay), North 5 (Eve, Ann back, Fay, the group's 2), South 4
        assertThat(outputs)
                .contains("11 people moved (9 named, 2 counted in groups); 10 dated, 2023 to 2025; 1 undated, "
                        + "in the all-time totals only")
                .contains("Net flow per year: East Lab 2023 +1, 2024 +1; North Lab 2023 -1, 2024 -2, 2025 +1; "
                        + "South Lab 2024 +1, 2025 -1")
                .contains("North Lab → South Lab: 4, South Lab → North Lab: 4, ratio 1.00 (all time)")
                .contains("By year: 2024 4 against 3, 2025 0 against 1")
                .contains("market.json agrees on North Lab → South Lab: 4 (4 named), back 4 (2 named)")
                .contains("Top net importer: East Lab (SpringRank +0.2222)")
                .contains("Inflow, all time, pandas against market.json: East Lab 2 = 2, North Lab 3 named + 2 counted = 5, "
                        + "South Lab 4 = 4");
        assertThat(data.resolve("plots")).isDirectoryContaining("glob:**/flow-matrix.png")
                .isDirectoryContaining("glob:**/net-flow.png").isDirectoryContaining("glob:**/pagerank.png")
                .isDirectoryContaining("glob:**/market-over-time.png")
                .isDirectoryContaining("glob:**/direction-over-time.png")
                .isDirectoryContaining("glob:**/importers.png");

        // on the article's export alone the section has no dated hire: one line, and no plot of it
        Path undated = dir.resolve("undated");
        Files.createDirectories(undated);
        for (String file : List.of("graph.graphml", "graph.json", "analysis.json")) {
            Files.copy(data.resolve(file), undated.resolve(file));
        }
        assertThat(execute(undated, null)).contains("Top net gainer: Meta (+18)")
                .contains("No dated hires in").doesNotContain("people moved (").doesNotContain("Top net importer");
        assertThat(undated.resolve("plots")).isDirectoryContaining("glob:**/net-flow.png")
                .isDirectoryNotContaining("glob:**/market-over-time.png")
                .isDirectoryNotContaining("glob:**/direction-over-time.png")
                .isDirectoryNotContaining("glob:**/importers.png");
    }

    /**
     * Runs the notebook with nbconvert on an export.
     *
     * @param exportDir the article's exports, where the plots go
     * @param marketDir the dated export for the market section, or {@code null} to leave it to its fallback
     * @return the text outputs of the executed notebook
     */
    private String execute(Path exportDir, Path marketDir) throws Exception {
        Path executed = exportDir.resolveSibling(exportDir.getFileName() + "-executed");
        Path log = exportDir.resolveSibling(exportDir.getFileName() + "-nbconvert.log");
        ProcessBuilder nbconvert = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output-dir", executed.toString(), NOTEBOOK.getFileName().toString())
                .directory(NOTEBOOK.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        nbconvert.environment().put("TALENTGRAPH_EXPORT_DIR", exportDir.toString());
        nbconvert.environment().remove("TALENTGRAPH_MARKET_DIR");
        if (marketDir != null) {
            nbconvert.environment().put("TALENTGRAPH_MARKET_DIR", marketDir.toString());
        }
        nbconvert.environment().put("MPLBACKEND", "Agg");
        nbconvert.environment().remove("TALENTGRAPH_URI");
        Process process = nbconvert.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("nbconvert finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        return outputs(new ObjectMapper().readTree(executed.resolve("talent-flow.ipynb").toFile()));
    }

    /** Every text output of every code cell; an error output fails with its message. */
    private static String outputs(JsonNode notebook) {
        List<String> texts = new ArrayList<>();
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (output.path("output_type").asText().equals("error")) {
                    fail("A notebook cell failed: " + output.path("ename").asText() + ": " + output.path("evalue").asText());
                }
                output.path("text").forEach(t -> texts.add(t.asText()));
                output.path("data").path("text/plain").forEach(t -> texts.add(t.asText()));
            }
        }
        return String.join("", texts);
    }

    private static void requireJupyter() {
        if (new File(JUPYTER.toString()).canExecute()) {
            return;
        }
        String message = "The notebook test needs Debian's Jupyter and libraries for /usr/bin/python3: apt-get install "
                + "python3-nbconvert jupyter-nbconvert python3-ipykernel python3-pandas python3-networkx python3-scipy "
                + "python3-matplotlib (.ci/run installs them).";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
    }
}
