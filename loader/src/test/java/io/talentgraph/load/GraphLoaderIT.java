package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.schema.GraphSchema;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphLoaderIT {

    private final Database db = TestNeo4j.database();

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.clearData(db);
    }

    @Test
    void loadsTheArticleAndRecordsTheSchemaVersion() {
        LoadReport report = new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());

        assertThat(report.facts()).isEqualTo(36);
        assertThat(report.nodesCreated()).isPositive();
        assertThat(GraphSchema.installedVersion(db)).isEqualTo(GraphSchema.currentVersion());
        Map<String, Object> counts = db.read(tx -> tx.run("""
                RETURN COUNT { (:Person) } AS people, COUNT { (:Organization) } AS organizations,
                       COUNT { (:Source) } AS sources, COUNT { (:HiringGroup) } AS groups,
                       COUNT { (:Product) } AS products, COUNT { (:Claim) } AS claims
                """)).get(0).values();
        assertThat(counts).containsEntry("people", 13L).containsEntry("organizations", 9L)
                .containsEntry("sources", 6L).containsEntry("groups", 3L)
                .containsEntry("products", 3L).containsEntry("claims", 8L);
    }

    @Test
    void loadingTwiceLeavesTheSameGraph() {
        Dataset dataset = SeedDatasets.metaSuperintelligenceLabs();
        new GraphLoader(db).load(dataset);
        List<Row> once = TestNeo4j.snapshot(db);
        forgetLoadedContent();

        LoadReport again = new GraphLoader(db).load(dataset);

        assertThat(again.unchanged()).as("written again, the content hash forgotten").isFalse();
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(once);
    }

    @Test
    void aDatasetTheGraphAlreadyHoldsIsSkippedAndChangedContentStillMerges() {
        Dataset dataset = SeedDatasets.metaSuperintelligenceLabs();
        assertThat(new GraphLoader(db).load(dataset).unchanged()).isFalse();
        List<Row> once = TestNeo4j.snapshot(db);

        LoadReport same = new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());

        assertThat(same.unchanged()).isTrue();
        assertThat(same.attempts()).isZero();
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(once);

        Dataset changed = withAlias(dataset, "alexandr-wang", "A. Wang");
        LoadReport merged = new GraphLoader(db).load(changed);

        assertThat(merged.unchanged()).isFalse();
        assertThat(db.read(tx -> tx.run("MATCH (p:Person {id: 'alexandr-wang'}) RETURN p.aliases AS aliases"))
                .get(0).strings("aliases")).contains("A. Wang");
        assertThat(new GraphLoader(db).load(changed).unchanged()).as("the changed content, now held").isTrue();
    }

    @Test
    void aDatasetWhosePeopleWereDeletedByHandIsLoadedAgain() {
        Dataset dataset = SeedDatasets.metaSuperintelligenceLabs();
        new GraphLoader(db).load(dataset);
        List<Row> once = TestNeo4j.snapshot(db);
        db.write(tx -> tx.run("MATCH (p:Person {id: 'nat-friedman'}) DETACH DELETE p"));

        LoadReport again = new GraphLoader(db).load(dataset);

        assertThat(again.unchanged()).isFalse();
        assertThat(TestNeo4j.snapshot(db)).isEqualTo(once);
    }

    private void forgetLoadedContent() {
        db.write(tx -> tx.run("MATCH (s:TalentGraphSchema) REMOVE s.loadedDatasetIds, s.loadedDatasetHashes"));
    }

    private static Dataset withAlias(Dataset dataset, String personId, String alias) {
        List<Person> people = dataset.people().stream().map(p -> !p.id().equals(personId) ? p
                : new Person(p.id(), p.name(), p.nameAr(),
                        java.util.stream.Stream.concat(p.aliases().stream(), java.util.stream.Stream.of(alias)).toList(),
                        p.roles())).toList();
        return new Dataset(dataset.id(), dataset.title(), dataset.origin(), dataset.sources(), people,
                dataset.organizations(), dataset.products(), dataset.claims(), dataset.facts(), dataset.texts(),
                dataset.sameAs(), dataset.distinctFrom(), dataset.locations());
    }

    @Test
    void everyFactRelationshipCarriesVerifiedEvidenceAndSources() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());

        List<Row> missing = db.read(tx -> tx.run("""
                MATCH ()-[r]->() WHERE r.factId IS NOT NULL
                  AND (size(r.evidence) = 0 OR size(r.sources) = 0 OR r.evidenceVerified <> true
                       OR size(r.evidence) <> size(r.evidenceEn))
                RETURN r.factId AS fact"""));
        assertThat(missing).isEmpty();
    }

    @Test
    void anInvalidDatasetWritesNothing() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        List<Row> before = TestNeo4j.snapshot(db);

        assertThatThrownBy(() -> DatasetReader.parse("bad.yaml", """
                format: talentgraph-dataset/1
                id: bad
                sources: [{id: s, kind: article}]
                people: [{id: alexandr-wang, name: Someone Else}]
                facts:
                  - {type: hire, person: alexandr-wang, by: nowhere, sources: [s], evidence: [{quote: x}]}
                """, name -> "")).isInstanceOf(InvalidDatasetException.class);

        assertThat(TestNeo4j.snapshot(db)).isEqualTo(before);
    }

    @Test
    void aSecondDatasetMergesPeopleByIdAndAddsItsSources() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        Dataset followUp = DatasetReader.parse("follow-up.yaml", """
                format: talentgraph-dataset/1
                id: follow-up
                sources:
                  - {id: follow-up-report, kind: report, outlet: Example Wire, text: follow-up.txt}
                people:
                  - {id: trapit-bansal, name: Trapit Bansal, aliases: [T. Bansal]}
                organizations:
                  - {id: meta, name: Meta, kind: company}
                  - {id: openai, name: OpenAI, kind: company}
                facts:
                  - type: hire
                    person: trapit-bansal
                    from: openai
                    by: meta
                    sources: [follow-up-report]
                    evidence: [{quote: Meta hired Trapit Bansal from OpenAI}]
                """, name -> "Wire: Meta hired Trapit Bansal from OpenAI last week.");

        new GraphLoader(db).load(followUp);

        Row bansal = db.read(tx -> tx.run("""
                MATCH (p:Person {id: 'trapit-bansal'})-[h:HIRED_FROM]->(:Organization {id: 'openai'})
                RETURN count(p) AS people, p.nameAr AS nameAr, p.aliases AS aliases, h.sources AS sources,
                       size(h.evidence) AS quotes, p.datasets AS datasets""")).get(0);
        assertThat(bansal.longValue("people")).isEqualTo(1);
        assertThat(bansal.string("nameAr")).isEqualTo("ترابيت بانسال");
        assertThat(bansal.strings("aliases")).containsExactly("T. Bansal");
        assertThat(bansal.strings("sources")).contains("techcrunch-bansal-report", "follow-up-report");
        assertThat(bansal.longValue("quotes")).isEqualTo(2);
        assertThat(bansal.strings("datasets")).containsExactly("msl-launch-ar", "follow-up");
    }
}
