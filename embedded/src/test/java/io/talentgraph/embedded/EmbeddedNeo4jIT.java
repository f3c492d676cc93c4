package io.talentgraph.embedded;

import io.talentgraph.TalentGraphException;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.connect.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jIT {

    @TempDir
    Path dir;

    private EmbeddedOptions options() {
        return EmbeddedOptions.at(dir.resolve("store")).withPageCache("16m");
    }

    @Test
    void dataSurvivesARestart() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options())) {
            db.write(tx -> tx.run("CREATE (:Person {id: $id, name: $name})", Map.of("id", "p", "name", "بيي صن")));
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options())) {
            List<Row> rows = db.read(tx -> tx.run("MATCH (p:Person {id: 'p'}) RETURN p.name AS name, p AS node"));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.string("name")).isEqualTo("بيي صن");
                assertThat(r.get("node")).isInstanceOf(io.talentgraph.connect.GraphNode.class);
            });
        }
    }

    @Test
    void aSecondProcessOnTheSameStoreIsToldWhatToDo() {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.open(options())) {
            assertThatThrownBy(() -> EmbeddedNeo4j.open(options()))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("in use by another process").hasMessageContaining("over Bolt")
                    .satisfies(e -> assertThat(((StoreInUseException) e).store()).isEqualTo(options().storeDirectory()));
            assertThat(first.read(tx -> tx.run("RETURN 1 AS one")).get(0).longValue("one")).isEqualTo(1);
        }
    }

    @Test
    void aReadTransactionRefusesWrites() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options())) {
            assertThatThrownBy(() -> db.read(tx -> tx.run("CREATE (:Person {id: 'intruder'})")))
                    .isInstanceOfSatisfying(QueryFailedException.class, e -> assertThat(e.isWriteInReadMode()).isTrue());
            List<Row> none = db.read(tx -> tx.run("MATCH (n) RETURN count(n) AS n"));
            assertThat(none.get(0).longValue("n")).isZero();
        }
    }

    @Test
    void aReadOnlyStoreRefusesEveryWrite() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options())) {
            db.write(tx -> tx.run("CREATE (:Person {id: 'p'})"));
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options().withReadOnly(true))) {
            assertThatThrownBy(() -> db.write(tx -> tx.run("CREATE (:Person {id: 'q'})")))
                    .isInstanceOf(QueryFailedException.class);
            assertThat(db.read(tx -> tx.run("MATCH (n) RETURN count(n) AS n")).get(0).longValue("n")).isEqualTo(1);
        }
    }

    @Test
    void boltIsOffUnlessAskedFor() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(options())) {
            List<Row> rows = db.runAutoCommit(
                    "CALL dbms.listConfig('server.bolt.enabled') YIELD value RETURN value", Map.of());
            assertThat(rows).singleElement().extracting(r -> r.string("value")).isEqualTo("false");
        }
    }

    @Test
    void aBadPageCacheSizeIsAClearError() {
        assertThatThrownBy(() -> EmbeddedNeo4j.open(options().withPageCache("lots")))
                .isInstanceOf(TalentGraphException.class).hasMessageContaining("128m or 2g");
    }
}
