package io.talentgraph.export;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every export format, written from the article graph and loaded into a fresh database, gives back the
 * same nodes, labels, relationships and properties, types included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripIT {

    private final Database server = TestNeo4j.database();
    private GraphSnapshot article;

    @TempDir
    Path dir;

    @BeforeAll
    void exportTheArticle() {
        TestNeo4j.clearData(server);
        new GraphLoader(server).load(SeedDatasets.metaSuperintelligenceLabs());
        article = GraphSnapshot.read(server);
    }

    private GraphSnapshot reloaded(GraphSnapshot parsed, String origin) {
        TestNeo4j.clearData(server);
        try {
            parsed.writeTo(server, origin);
            return GraphSnapshot.read(server);
        } finally {
            TestNeo4j.clearData(server);
            new GraphLoader(server).load(SeedDatasets.metaSuperintelligenceLabs());
        }
    }

    @Test
    void theArticleGraphHasEveryoneInIt() {
        assertThat(article.labelCounts()).containsEntry("Person", 13L).containsEntry("Organization", 9L)
                .containsEntry("HiringGroup", 3L).doesNotContainKey("TalentGraphSchema");
        assertThat(article.typeCounts()).containsEntry("HIRED_FROM", 8L);
    }

    @Test
    void graphMlRoundTripKeepsEveryNodeRelationshipAndPropertyType() {
        StringWriter xml = new StringWriter();
        GraphMl.write(article, xml);

        GraphSnapshot back = reloaded(GraphMl.read(new StringReader(xml.toString()), "graph.graphml"), "graph.graphml");

        assertThat(back).isEqualTo(article);
        assertThat(xml.toString()).contains("<data key=\"label\">Alexandr Wang (ألكسندر وانغ)</data>")
                .contains("attr.name=\"count\" attr.type=\"long\"")
                .contains("attr.name=\"aliases\" attr.type=\"string\" attr.list=\"string\"");
    }

    @Test
    void jsonRoundTripKeepsEveryNodeRelationshipAndPropertyType() {
        StringWriter json = new StringWriter();
        GraphJson.write(article, json);

        GraphSnapshot back = reloaded(GraphJson.read(new StringReader(json.toString()), "graph.json"), "graph.json");

        assertThat(back).isEqualTo(article);
        assertThat(json.toString()).contains("\"nameAr\" : \"مختبرات الذكاء الفائق\"");
    }

    @Test
    void bulkImporterLoadsTheCsvExportIntoAFreshStoreWithTheSameGraph() throws Exception {
        BulkImportCsv.Files files = BulkImportCsv.write(article, dir.resolve("csv"));
        Path home = dir.resolve("imported");
        List<String> args = new ArrayList<>(List.of("database", "import", "full"));
        args.addAll(BulkImportCsv.importArguments(files));
        args.add("--report-file=" + dir.resolve("import.report"));
        args.add("neo4j");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Files.createDirectories(home.resolve("conf"));
        int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"),
                new PrintStream(log, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8),
                new org.neo4j.io.fs.DefaultFileSystemAbstraction()), args.toArray(String[]::new));
        assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();

        try (EmbeddedNeo4j imported = EmbeddedNeo4j.open(EmbeddedOptions.at(home).withPageCache("16m"))) {
            GraphSnapshot back = GraphSnapshot.read(imported);
            assertThat(back.nodes()).containsExactlyElementsOf(article.nodes());
            assertThat(back.relationships()).containsExactlyElementsOf(article.relationships());
            // the imported store answers the article's questions once the schema is applied
            io.talentgraph.schema.GraphSchema.apply(imported);
            assertThat(new TalentQueries(imported).flow(FlowQuery.outOf("openai").to("meta")).items())
                    .extracting(Flow::count).containsExactly(4L);
        }
        assertThat(Files.readString(files.directory().resolve("import-command.txt")))
                .contains("neo4j-admin database import full").contains("--array-delimiter=U+001F");
    }

    @Test
    void importingIntoADatabaseThatHoldsDataIsRefused() {
        assertThatThrownBy(() -> article.writeTo(server, "graph.json"))
                .hasMessageContaining("Import graph.json into an empty database");
    }

    @Test
    void aLabelOutsideTheModelIsRefusedWithTheFileAndNode() {
        String json = """
                {"format": "talentgraph-graph/1", "nodes": [{"key": "X:1", "labels": ["Person", "Hacker`) DETACH DELETE n //"],
                 "properties": {"id": "x"}}], "relationships": []}
                """;
        assertThatThrownBy(() -> GraphJson.read(new StringReader(json), "evil.json").writeTo(server, "evil.json"))
                .hasMessageContaining("evil.json").hasMessageContaining("node 'X:1'").hasMessageContaining("not one of TalentGraph's");
    }

    @Test
    void brokenGraphMlNamesTheLine() {
        String xml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph>\n<node id=\"a\">\n</graph>";
        assertThatThrownBy(() -> GraphMl.read(new StringReader(xml), "broken.graphml"))
                .hasMessageStartingWith("broken.graphml:4");
    }
}
