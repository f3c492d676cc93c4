package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dataset that names someone already in the graph under a new id is matched or refused with the
 * evidence, never loaded as a second person.
 */
class EntityResolutionIT {

    private static final String TEXT = "Wire: Meta promoted the executive to chief AI officer. Meta AI lab news.";

    private final Database db = TestNeo4j.database();

    @BeforeAll
    static void emptyGraphWithSchema() {
        TestNeo4j.clearData(TestNeo4j.database());
    }

    @BeforeEach
    void graphHoldsTheArticle() {
        // Data only: the schema stays, so that each test does not wait for indexes to be rebuilt.
        db.write(tx -> tx.run("MATCH (n) WHERE NOT n:TalentGraphSchema DETACH DELETE n"));
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
    }

    /** A dataset with one person, given as YAML lines, who leads Meta. */
    private static Dataset personLeadingMeta(String personYaml) {
        return DatasetReader.parse("follow-up.yaml", """
                format: talentgraph-dataset/1
                id: follow-up
                sources:
                  - {id: wire, kind: report, outlet: Example Wire, text: wire.txt}
                people:
                %s
                organizations:
                  - {id: meta, name: Meta, kind: company}
                facts:
                  - type: leads
                    person: newcomer
                    organization: meta
                    title: Chief AI Officer
                    current: true
                    sources: [wire]
                    evidence: [{quote: Meta promoted the executive to chief AI officer}]
                """.formatted(personYaml.indent(2).stripTrailing()), name -> TEXT);
    }

    private long people() {
        return db.read(tx -> tx.run("MATCH (p:Person) RETURN count(p) AS c")).get(0).longValue("c");
    }

    private void assertRefusedAsLikelyAlexandrWang(String personYaml, String evidence) {
        List<Row> before = TestNeo4j.snapshot(db);

        assertThatThrownBy(() -> new GraphLoader(db).load(personLeadingMeta(personYaml)))
                .isInstanceOfSatisfying(DuplicateEntityException.class, e -> {
                    assertThat(e.matches()).singleElement().satisfies(m -> {
                        assertThat(m.entryId()).isEqualTo("newcomer");
                        assertThat(m.existingId()).isEqualTo("alexandr-wang");
                        assertThat(m.evidence()).contains(evidence);
                        assertThat(m.datasets()).containsExactly("msl-launch-ar");
                    });
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("follow-up.yaml");
                        assertThat(p.line()).isEqualTo(6);
                        assertThat(p.field()).isEqualTo("people[0].name");
                        assertThat(p.message()).contains("'newcomer'", "'alexandr-wang'", "sameAs", "distinctFrom");
                    });
                });
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(before);
    }

    @Test
    void alexWangIsReportedAsLikelyAlexandrWang() {
        assertRefusedAsLikelyAlexandrWang("- {id: newcomer, name: Alex Wang}", "abbreviates");
    }

    @Test
    void theArabicSpellingAsANameIsTheSamePerson() {
        assertRefusedAsLikelyAlexandrWang("- {id: newcomer, name: ألكسندر وانغ}", "are the same name");
    }

    @Test
    void anArabicSpellingWithoutHamzaOrWithAnotherGIsStillFound() {
        assertRefusedAsLikelyAlexandrWang("- {id: newcomer, name: Sasha W, nameAr: الكسندر وانج}", "one letter");
    }

    @Test
    void anArabicSpellingTheGraphHasNotSeenIsMatchedAcrossScripts() {
        // The graph knows "Koray Kavukcuoglu" / "كوراي كافوكشغلو"; this spelling shares no word with either.
        List<Row> before = TestNeo4j.snapshot(db);

        assertThatThrownBy(() -> new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: كوري كافوكوغلو}")))
                .isInstanceOfSatisfying(DuplicateEntityException.class, e -> assertThat(e.matches()).singleElement()
                        .satisfies(m -> {
                            assertThat(m.existingId()).isEqualTo("koray-kavukcuoglu");
                            assertThat(m.evidence()).contains("sound alike across scripts", "Koray Kavukcuoglu");
                        }));
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(before);

        new GraphLoader(db).load(personLeadingMeta(
                "- {id: newcomer, name: كوري كافوكوغلو, distinctFrom: [koray-kavukcuoglu]}"));
        assertThat(db.read(tx -> tx.run("MATCH (p:Person {id: 'newcomer'}) RETURN p.name AS name")).get(0).string("name"))
                .isEqualTo("كوري كافوكوغلو");
    }

    @Test
    void otherCaseAndSpacingIsTheSamePerson() {
        assertRefusedAsLikelyAlexandrWang("- {id: newcomer, name: '  ALEXANDR   wang '}", "are the same name");
    }

    @Test
    void theSurnameFirstIsTheSamePerson() {
        assertRefusedAsLikelyAlexandrWang("- {id: newcomer, name: 'Wang, Alexandr'}", "another order");
    }

    @Test
    void sameAsLoadsIntoTheExistingPersonAndKeepsTheNewSpellingAsAnAlias() {
        long people = people();

        new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Alex Wang, sameAs: alexandr-wang}"));

        assertThat(people()).isEqualTo(people);
        Row wang = db.read(tx -> tx.run("""
                MATCH (p:Person {id: 'alexandr-wang'})
                RETURN p.name AS name, p.nameAr AS nameAr, p.aliases AS aliases,
                       [(p)-[l:LEADS]->(:Organization {id: 'meta'}) | l.title] AS titles""")).get(0);
        assertThat(wang.string("name")).isEqualTo("Alexandr Wang");
        assertThat(wang.string("nameAr")).isEqualTo("ألكسندر وانغ");
        assertThat(wang.strings("aliases")).containsExactly("Alex Wang");
        assertThat(wang.strings("titles")).contains("Chief AI Officer");
        List<Row> newcomer = db.read(tx -> tx.run("MATCH (p:Person {id: 'newcomer'}) RETURN p"));
        assertThat(newcomer).isEmpty();
    }

    @Test
    void usingTheExistingIdWithAnotherSpellingKeepsBothNames() {
        new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Alex Wang, sameAs: alexandr-wang}"));
        Dataset byId = DatasetReader.parse("by-id.yaml", """
                format: talentgraph-dataset/1
                id: by-id
                sources: [{id: wire, kind: report, text: wire.txt}]
                people: [{id: alexandr-wang, name: Alexandr Wang Jr}]
                organizations: [{id: meta, name: Meta, kind: company}]
                facts:
                  - {type: works-at, person: alexandr-wang, organization: meta, sources: [wire],
                     evidence: [{quote: Meta AI lab news}]}
                """, name -> TEXT);

        new GraphLoader(db).load(byId);

        Row wang = db.read(tx -> tx.run("MATCH (p:Person {id: 'alexandr-wang'}) RETURN p.name AS name, p.aliases AS aliases"))
                .get(0);
        assertThat(wang.string("name")).isEqualTo("Alexandr Wang");
        assertThat(wang.strings("aliases")).containsExactly("Alex Wang", "Alexandr Wang Jr");
    }

    @Test
    void distinctFromLoadsADifferentPersonWithASimilarNameOnceAndForAll() {
        long people = people();

        new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Alex Wang, distinctFrom: [alexandr-wang]}"));
        new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Alex Wang}"));

        assertThat(people()).isEqualTo(people + 1);
        assertThat(db.read(tx -> tx.run("MATCH (p:Person {id: 'newcomer'}) RETURN p.distinctFrom AS apart")).get(0)
                .strings("apart")).containsExactly("alexandr-wang");
    }

    @Test
    void sameAsANodeTheGraphDoesNotHoldIsRefused() {
        List<Row> before = TestNeo4j.snapshot(db);

        assertThatThrownBy(() -> new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Alex Wong, sameAs: alex-wong}")))
                .isInstanceOf(DuplicateEntityException.class)
                .hasMessageContaining("people[0].sameAs").hasMessageContaining("holds no person with that id");
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(before);
    }

    @Test
    void anOrganizationUnderANewIdWithTheSameNameIsRefused() {
        Dataset metaAgain = DatasetReader.parse("orgs.yaml", """
                format: talentgraph-dataset/1
                id: orgs
                sources: [{id: wire, kind: report, text: wire.txt}]
                organizations: [{id: meta-platforms, name: META, kind: company}]
                facts: []
                """, name -> TEXT);

        assertThatThrownBy(() -> new GraphLoader(db).load(metaAgain))
                .isInstanceOfSatisfying(DuplicateEntityException.class, e -> assertThat(e.matches())
                        .extracting(DuplicateEntityException.Match::existingId).containsExactly("meta"));
    }

    @Test
    void peopleWhoOnlyShareASurnameAreNotTakenForOneAnother() {
        long people = people();

        new GraphLoader(db).load(personLeadingMeta("- {id: newcomer, name: Sam Wang}"));

        assertThat(people()).isEqualTo(people + 1);
    }
}
