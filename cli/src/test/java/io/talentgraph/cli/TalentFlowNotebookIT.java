package io.talentgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * (installed by {@code .ci/run}) run it with Debian's own Python.
 */
class TalentFlowNotebookIT {

    @RegisterExtension
    final CliSession cli = CliSession.perTest();

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOK = Path.of("..", "notebooks", "talent-flow.ipynb");

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

        Path executed = dir.resolve("executed");
        ProcessBuilder nbconvert = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output-dir", executed.toString(), NOTEBOOK.getFileName().toString())
                .directory(NOTEBOOK.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nbconvert.log").toFile());
        nbconvert.environment().put("TALENTGRAPH_EXPORT_DIR", data.toString());
        nbconvert.environment().put("MPLBACKEND", "Agg");
        nbconvert.environment().remove("TALENTGRAPH_URI");
        Process process = nbconvert.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("nbconvert finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("nbconvert.log"))).isZero();

        String outputs = outputs(new ObjectMapper().readTree(executed.resolve("talent-flow.ipynb").toFile()));
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
        assertThat(data.resolve("plots")).isDirectoryContaining("glob:**/flow-matrix.png")
                .isDirectoryContaining("glob:**/net-flow.png").isDirectoryContaining("glob:**/pagerank.png");
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
