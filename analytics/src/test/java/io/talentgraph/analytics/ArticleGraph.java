package io.talentgraph.analytics;

import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.server.GraphDataScience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article loaded into one embedded store (with GDS) shared by this module's tests. */
final class ArticleGraph {

    private static EmbeddedNeo4j db;

    private ArticleGraph() {
    }

    static synchronized EmbeddedNeo4j database() {
        if (db == null) {
            try {
                Path home = Files.createTempDirectory("talentgraph-analytics-it");
                db = GraphDataScience.open(EmbeddedOptions.at(home.resolve("store")).withPageCache("32m"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return db;
    }
}
