package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.testing.TestNeo4j;

/** The query contract against a Neo4j server, over Bolt through the driver. */
class ServerTalentQueriesIT extends TalentQueriesContract {

    @Override
    protected Database emptyDatabase() {
        TestNeo4j.clearData(TestNeo4j.database());
        return TestNeo4j.database();
    }

    @Override
    protected Database emptyDatabaseForWriteCheck() {
        return TestNeo4j.database();
    }
}
