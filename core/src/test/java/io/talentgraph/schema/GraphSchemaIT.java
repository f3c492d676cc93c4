package io.talentgraph.schema;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraphSchemaIT {

    private final Database db = TestNeo4j.database();

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.wipe(db);
    }

    private List<String> schemaObjects() {
        List<String> names = new java.util.ArrayList<>();
        db.runAutoCommit("SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).forEach(r -> names.add(r.string("name")));
        db.runAutoCommit("SHOW INDEXES YIELD name RETURN name", Map.of()).forEach(r -> names.add(r.string("name")));
        return names.stream().sorted().toList();
    }

    @Test
    void anUntouchedDatabaseHoldsVersionZero() {
        assertThat(GraphSchema.installedVersion(db)).isZero();
    }

    @Test
    void applyingBringsTheDatabaseToTheCurrentVersionAndRecordsIt() {
        assertThat(GraphSchema.apply(db)).isEqualTo(GraphSchema.currentVersion());

        assertThat(GraphSchema.installedVersion(db)).isEqualTo(GraphSchema.currentVersion());
        assertThat(schemaObjects()).contains("person_id", "organization_id", "source_id", "hiring_group_id",
                "person_name", GraphSchema.NAME_INDEX);
    }

    @Test
    void applyingTwiceChangesNothing() {
        GraphSchema.apply(db);
        List<String> once = schemaObjects();
        Row before = db.read(tx -> tx.run("MATCH (s:TalentGraphSchema) RETURN count(s) AS n, s.version AS v")).get(0);

        GraphSchema.apply(db);

        assertThat(schemaObjects()).isEqualTo(once);
        Row after = db.read(tx -> tx.run("MATCH (s:TalentGraphSchema) RETURN count(s) AS n, s.version AS v")).get(0);
        assertThat(after.values()).isEqualTo(before.values());
    }

    @Test
    void anIndexLeftWithoutItsConstraintByAKilledStartIsReplacedByTheConstraint() {
        // What a process killed inside CREATE CONSTRAINT leaves: an index holding the constraint's name, no constraint.
        db.runAutoCommit("CREATE INDEX hiring_group_id FOR (n:HiringGroup) ON (n.id)", Map.of());

        assertThat(GraphSchema.apply(db)).isEqualTo(GraphSchema.currentVersion());

        List<Row> owner = db.runAutoCommit(
                "SHOW INDEXES YIELD name, owningConstraint WHERE name = 'hiring_group_id' RETURN owningConstraint",
                Map.of());
        assertThat(owner).singleElement()
                .satisfies(r -> assertThat(r.string("owningConstraint")).isEqualTo("hiring_group_id"));
    }

    @Test
    void anIndexOfAnotherNameIsNeverDropped() {
        db.runAutoCommit("CREATE INDEX users_own FOR (n:HiringGroup) ON (n.note)", Map.of());

        GraphSchema.apply(db);

        assertThat(schemaObjects()).contains("users_own");
    }

    @Test
    void aDatabaseAtAnOlderVersionGetsOnlyTheMissingMigrations() {
        Migration first = GraphSchema.migrations().get(0);
        first.statements().forEach(s -> db.runAutoCommit(s, Map.of()));
        db.write(tx -> tx.run("CREATE (:TalentGraphSchema {id: 'schema', version: 1})"));
        assertThat(schemaObjects()).doesNotContain(GraphSchema.NAME_INDEX);

        assertThat(GraphSchema.apply(db)).isEqualTo(GraphSchema.currentVersion());

        assertThat(schemaObjects()).contains(GraphSchema.NAME_INDEX);
    }

    @Test
    void theUniquenessConstraintRefusesASecondPersonWithTheSameId() {
        GraphSchema.apply(db);
        db.write(tx -> tx.run("CREATE (:Person {id: 'x', name: 'X'})"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(tx -> tx.run("CREATE (:Person {id: 'x', name: 'Y'})")))
                .isInstanceOf(io.talentgraph.connect.QueryFailedException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void theFullTextIndexFindsArabicNamesAndAliases() {
        GraphSchema.apply(db);
        db.write(tx -> tx.run("CREATE (:Person {id: 'w', name: 'Alexandr Wang', nameAr: 'ألكسندر وانغ', aliases: ['Alex Wang']})"));
        db.runAutoCommit("CALL db.awaitIndexes(30)", Map.of());

        for (String query : List.of("وانغ", "alexandr", "alex")) {
            List<Row> hits = db.read(tx -> tx.run("CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id",
                    Map.of("index", GraphSchema.NAME_INDEX, "q", query)));
            assertThat(hits).as(query).extracting(r -> r.string("id")).containsExactly("w");
        }
    }
}
