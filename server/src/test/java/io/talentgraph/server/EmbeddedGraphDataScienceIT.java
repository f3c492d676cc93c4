package io.talentgraph.server;

import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With this module, the embedded store comes with Graph Data Science: its procedures answer without any install, unless left out. */
class EmbeddedGraphDataScienceIT {

    @TempDir
    Path home;

    @Test
    void embeddedStoreRunsGdsPageRankOnATinyGraph() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("store/plugins"));
        Path users = home.resolve("someone-elses-plugin.jar");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(users))) {
            jar.putNextEntry(new java.util.jar.JarEntry("com/example/"));
        }
        Files.createSymbolicLink(plugins.resolve("someone-elses-plugin.jar"), users);
        Files.createSymbolicLink(plugins.resolve("proc-2.13.8.jar"), home.resolve("removed-by-an-upgrade.jar"));

        try (EmbeddedNeo4j db = GraphDataScience.open(EmbeddedOptions.at(home.resolve("store")).withPageCache("16m"))) {
            db.write(tx -> tx.run("CREATE (a:N {id: 'a'})-[:R]->(b:N {id: 'b'}), (c:N {id: 'c'})-[:R]->(b)"));

            String version = db.read(tx -> tx.run("RETURN gds.version() AS v")).get(0).string("v");
            Map<String, Object> top = db.read(tx -> {
                tx.run("MATCH (s:N)-[:R]->(t:N) WITH gds.graph.project('tiny', s, t) AS g RETURN g.graphName");
                try {
                    return tx.run("CALL gds.pageRank.stream('tiny') YIELD nodeId, score "
                            + "RETURN gds.util.asNode(nodeId).id AS id, score ORDER BY score DESC LIMIT 1").get(0).values();
                } finally {
                    tx.run("CALL gds.graph.drop('tiny', false) YIELD graphName RETURN graphName");
                }
            });

            assertThat(version).startsWith("2.13");
            assertThat(top).containsEntry("id", "b");
        }
        Path withGds = home.resolve("store/plugins-with-gds");
        assertThat(Files.isSymbolicLink(withGds.resolve("proc-centrality-2.13.9.jar"))).isTrue();
        assertThat(Files.isSymbolicLink(withGds.resolve("someone-elses-plugin.jar"))).as("the user's plugin loads too").isTrue();
        assertThat(plugins.resolve("someone-elses-plugin.jar")).exists();
        assertThat(plugins).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("proc-"));
    }

    @Test
    void aStoreOpenedWithoutGdsHasNoGdsProceduresAndAnswersTheRest() {
        try (EmbeddedNeo4j db = GraphDataScience.open(EmbeddedOptions.at(home.resolve("store")).withPageCache("16m"),
                false)) {
            assertThat(db.read(tx -> tx.run("RETURN 1 AS one")).get(0).longValue("one")).isEqualTo(1L);
            assertThatThrownBy(() -> db.read(tx -> tx.run("RETURN gds.version() AS v")))
                    .hasMessageContaining("gds.version");
        }
    }
}
