package io.talentgraph.offline;

import io.talentgraph.TalentGraphException;
import io.talentgraph.bench.synthetic.SyntheticTalentGraph;
import io.talentgraph.bulk.BulkInput;
import io.talentgraph.bulk.BulkLoader;
import io.talentgraph.bulk.BulkOptions;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.embedded.EmbeddedNeo4j;
import io.talentgraph.embedded.EmbeddedOptions;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.Page;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Neo4j's offline importer, fed from a bulk input, must build the graph the online loader builds. */
class OfflineImportIT {

    @TempDir
    Path work;

    @Test
    void theOfflineImporterBuildsTheGraphTheOnlineLoaderBuildsPropertyForProperty() {
        Path input = work.resolve("input");
        SyntheticTalentGraph.of(500, 11).write(input, BulkInput.Format.CSV);
        Path store = work.resolve("store");

        OfflineImport.Result result = OfflineImport.run(BulkInput.open(input), store,
                OfflineImport.Options.defaults().withMaxOffHeapMemory("256M").withPageCache("64m"));

        assertThat(result.nodes()).isPositive();
        assertThat(result.relationships()).isGreaterThan(result.nodes());
        assertThat(Files.exists(store.resolveSibling("store-import-files"))).as("the importer's files are removed").isFalse();
        List<Row> offline;
        long flowRows;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store).withPageCache("64m"))) {
            assertThat(GraphSchema.installedVersion(db)).isEqualTo(GraphSchema.currentVersion());
            offline = snapshot(db);
            flowRows = everyFlow(new TalentQueries(db), FlowQuery.all()).size();
        }
        Database server = TestNeo4j.database();
        TestNeo4j.clearData(server);
        new BulkLoader(server, BulkOptions.defaults().withCheckpoint(work.resolve("checkpoint.json")))
                .load(BulkInput.open(input));
        List<Row> online = snapshot(server);

        assertThat(flowRows).isPositive();
        assertThat(offline).hasSameSizeAs(online);
        for (int i = 0; i < online.size(); i++) {
            assertThat(offline.get(i)).as("row %d", i).isEqualTo(online.get(i));
        }
    }

    @Test
    void theOfflineImporterRefusesAStoreThatHoldsADatabase() {
        Path input = work.resolve("input");
        SyntheticTalentGraph.of(100, 1).write(input, BulkInput.Format.JSON_LINES);
        Path store = work.resolve("used");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store).withPageCache("16m"))) {
            db.write(tx -> tx.run("CREATE (:Person {id: 'already-here'})"));
        }

        assertThatThrownBy(() -> OfflineImport.run(BulkInput.open(input), store, OfflineImport.Options.defaults()))
                .isInstanceOf(TalentGraphException.class).hasMessageContaining("only fills a new store");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(EmbeddedOptions.at(store).withPageCache("16m"))) {
            List<Row> people = db.read(tx -> tx.run("MATCH (p:Person) RETURN p.id AS id"));
            assertThat(people).extracting(r -> r.string("id")).containsExactly("already-here");
        }
    }

    /** Every node and relationship with labels (sorted: stores number labels differently) and properties. */
    private static List<Row> snapshot(Database db) {
        return TestNeo4j.snapshot(db).stream().map(r -> {
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(r.values());
            values.put("labels", r.strings("labels").stream().sorted().toList());
            return new Row(values);
        }).toList();
    }

    /** Every flow, a page of a thousand at a time. */
    private static List<Flow> everyFlow(TalentQueries queries, FlowQuery query) {
        List<Flow> all = new ArrayList<>();
        FlowQuery request = query.first(FlowQuery.MAX_PAGE_SIZE);
        for (Page<Flow> page = queries.flow(request); ; page = queries.flow(request.after(page.next()))) {
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }
}
