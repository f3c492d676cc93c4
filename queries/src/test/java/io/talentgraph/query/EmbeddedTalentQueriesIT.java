package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The query contract against the embedded store, through Neo4j's in-process API. */
class EmbeddedTalentQueriesIT extends TalentQueriesContract {

    @TempDir
    static Path store;
    private EmbeddedNeo4j embedded;

    @Override
    protected Database emptyDatabase() {
        embedded = EmbeddedNeo4j.open(EmbeddedOptions.at(store.resolve("store")).withPageCache("32m"));
        return embedded;
    }

    @Override
    protected Database emptyDatabaseForWriteCheck() {
        return embedded;
    }

    @AfterAll
    void shutDown() {
        embedded.close();
    }
}
