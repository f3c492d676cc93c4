package io.talentgraph.load;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.testing.TestNeo4j;
import io.talentgraph.write.GraphWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same researcher and the same lab, once from an English report and once from an Arabic one written without
 * the duplicate check (as the bulk loader writes): found as likely duplicates, merged so that the talent flow
 * counts the researcher once with both reports kept, and unmerged back to the very same graph.
 */
class EntityMergesIT {

    private static final String ENGLISH = "Orion Labs has hired Daniel Okafor from Vela AI. Orion Labs also hired Lukas "
            + "Weber from Vela AI.";
    private static final String ARABIC = "استقطبت أوريون لابز الباحث دانيال أوكافور من فيلا. واستقطبت أوريون لابز "
            + "الباحثة سميرة حداد من فيلا.";

    private final Database db = TestNeo4j.database();
    private final EntityMerges merges = new EntityMerges(db);

    @BeforeEach
    void twoReportsOfTheSameMoves() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(DatasetReader.parse("english.yaml", """
                format: talentgraph-dataset/1
                id: english
                sources: [{id: ledger, kind: article, outlet: The Ledger, text: en.txt}]
                people:
                  - {id: daniel-okafor, name: Daniel Okafor, roles: [researcher]}
                  - {id: lukas-weber, name: Lukas Weber}
                organizations:
                  - {id: orion-labs, name: Orion Labs, kind: company}
                  - {id: vela-ai, name: Vela AI, kind: company}
                facts:
                  - {type: hire, person: daniel-okafor, by: orion-labs, from: vela-ai, date: 2025-09, sources: [ledger],
                     evidence: [{quote: Orion Labs has hired Daniel Okafor from Vela AI}]}
                  - {type: hire, person: lukas-weber, by: orion-labs, from: vela-ai, date: 2025-09, sources: [ledger],
                     evidence: [{quote: Orion Labs also hired Lukas Weber from Vela AI}]}
                """, name -> ENGLISH));
        Dataset arabic = DatasetReader.parse("arabic.yaml", """
                format: talentgraph-dataset/1
                id: arabic
                sources: [{id: ufuq, kind: article, language: ar, text: ar.txt}]
                people:
                  - {id: danyal-okafor, name: Danyal Okafor, nameAr: دانيال أوكافور, roles: [executive]}
                  - {id: samira-haddad, name: Samira Haddad, nameAr: سميرة حداد}
                organizations:
                  - {id: oryon-labz, name: Oryon Labz, nameAr: أوريون لابز, kind: company}
                  - {id: vela-ai, name: Vela AI, nameAr: فيلا, kind: company}
                facts:
                  - {type: hire, person: danyal-okafor, by: oryon-labz, from: vela-ai, date: 2025-10, sources: [ufuq],
                     evidence: [{quote: استقطبت أوريون لابز الباحث دانيال أوكافور من فيلا}]}
                  - {type: hire, person: samira-haddad, by: oryon-labz, from: vela-ai, date: 2025-10, sources: [ufuq],
                     evidence: [{quote: واستقطبت أوريون لابز الباحثة سميرة حداد من فيلا}]}
                """, name -> ARABIC).acceptingAll();
        db.write(tx -> {
            GraphWrites.writeSources(tx, arabic.id(), arabic.sources(), s -> true);
            GraphWrites.writePeople(tx, arabic.id(), arabic.people());
            GraphWrites.writeOrganizations(tx, arabic.id(), arabic.organizations());
            GraphWrites.writeFacts(tx, arabic.id(), arabic.facts(), s -> true);
            return null;
        });
        TalentFlowAggregate.rebuild(db);
    }

    private Map<String, Long> flow() {
        Map<String, Long> named = new TreeMap<>();
        db.read(tx -> tx.run("MATCH (f:TalentFlow) RETURN f.from AS from, f.to AS to, f.named AS named"))
                .forEach(r -> named.put(r.string("from") + ">" + r.string("to"), r.longValue("named")));
        return named;
    }

    /** The whole graph but the audit trail, in an order that depends on the data only. */
    private List<String> fingerprint() {
        List<String> rows = new ArrayList<>();
        for (Row r : TestNeo4j.snapshot(db)) {
            List<String> labels = new ArrayList<>(r.strings("labels"));
            if (labels.contains("Merge")) {
                continue;
            }
            labels.sort(null);
            rows.add(r.string("kind") + " " + r.string("key") + " " + labels + " " + new TreeMap<>(r.map("props")));
        }
        rows.sort(null);
        return rows;
    }

    private long count(String cypher) {
        return db.read(tx -> tx.run(cypher)).get(0).longValue("n");
    }

    @Test
    void duplicatesFindsTheSamePersonAndLabAcrossScriptsWithTheEvidence() {
        List<LikelyDuplicate> pairs = merges.likelyDuplicates(10);

        assertThat(pairs).extracting(d -> d.kind() + ":" + d.firstId() + "=" + d.secondId())
                .contains("Person:daniel-okafor=danyal-okafor", "Organization:orion-labs=oryon-labz")
                .doesNotContain("Person:lukas-weber=samira-haddad");
        assertThat(pairs).filteredOn(d -> d.firstId().equals("daniel-okafor")).singleElement().satisfies(d -> {
            assertThat(d.score()).isGreaterThanOrEqualTo(0.8);
            assertThat(d.evidence()).isNotBlank();
        });
        assertThat(merges.likelyDuplicates(1)).hasSize(1);
    }

    @Test
    void aMergedPersonCountsOnceAndKeepsBothReportsNamesAndLabels() {
        merges.merge("orion-labs", "oryon-labz", "the Arabic report's spelling of Orion Labs");
        assertThat(flow()).containsEntry("vela-ai>orion-labs", 4L);

        MergeRecord m = merges.merge("daniel-okafor", "danyal-okafor", "same researcher, Arabic spelling");

        assertThat(m.live()).isTrue();
        assertThat(m.relationships()).as("the Arabic hire: HIRED_FROM the origin, WORKS_AT the hirer").isEqualTo(2);
        assertThat(flow()).containsEntry("vela-ai>orion-labs", 3L);
        Row daniel = db.read(tx -> tx.run("""
                MATCH (p:Person {id: 'daniel-okafor'})
                RETURN p.name AS name, p.nameAr AS nameAr, p.aliases AS aliases, p.datasets AS datasets,
                       p:Executive AND p:Researcher AS bothRoles,
                       COUNT { (p)-[:HIRED_FROM]->(:Organization {id: 'vela-ai'}) } AS reports,
                       [(p)-[h:HIRED_FROM]->() | h.evidence[0]] AS quotes""")).get(0);
        assertThat(daniel.string("name")).isEqualTo("Daniel Okafor");
        assertThat(daniel.string("nameAr")).isEqualTo("دانيال أوكافور");
        assertThat(daniel.strings("aliases")).containsExactly("Danyal Okafor");
        assertThat(daniel.strings("datasets")).containsExactly("english", "arabic");
        assertThat(daniel.bool("bothRoles")).isTrue();
        assertThat(daniel.longValue("reports")).isEqualTo(2);
        assertThat(daniel.strings("quotes")).hasSize(2).anyMatch(q -> q.contains("دانيال"));
        assertThat(count("MATCH (p:Person {id: 'danyal-okafor'}) RETURN count(p) AS n")).isZero();
        assertThat(count("MATCH (p:Person) RETURN count(p) AS n")).isEqualTo(3);
        assertThat(merges.likelyDuplicates(10)).isEmpty();
        assertThat(merges.history()).extracting(MergeRecord::merged).containsExactly("oryon-labz", "danyal-okafor");
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource({"daniel-okafor, danyal-okafor", "orion-labs, oryon-labz", "danyal-okafor, daniel-okafor"})
    void unmergeRestoresTheGraphExactly(String kept, String merged) {
        List<String> before = fingerprint();

        MergeRecord m = merges.merge(kept, merged, "test");
        assertThat(fingerprint()).isNotEqualTo(before);
        MergeRecord undone = merges.unmerge(m.id());

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(undone.live()).isFalse();
        assertThat(merges.history()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(m.id());
            assertThat(r.reason()).isEqualTo("test");
            assertThat(r.undoneAt()).isNotNull();
        });
        assertThatThrownBy(() -> merges.unmerge(m.id())).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("undone already");
    }

    @Test
    void mergesAreUndoneInReverseOrderAndStillRestoreTheGraph() {
        List<String> before = fingerprint();
        MergeRecord lab = merges.merge("orion-labs", "oryon-labz", "same lab");
        MergeRecord person = merges.merge("daniel-okafor", "danyal-okafor", "same person");

        // the person's moved hire now also names the lab merged into another: the lab's merge comes off last
        merges.unmerge(person.id());
        merges.unmerge(lab.id());

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aMergeIntoAnEntityMergedSinceMustBeUndoneFirst() {
        MergeRecord first = merges.merge("danyal-okafor", "daniel-okafor", "same person");
        MergeRecord second = merges.merge("samira-haddad", "danyal-okafor", "deliberately wrong");

        assertThatThrownBy(() -> merges.unmerge(first.id())).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("undo merge " + second.id() + " first")
                .satisfies(e -> assertThat(((MergeRefusedException) e).mergeToUndo()).contains(second.id()));
        merges.unmerge(second.id());
        merges.unmerge(first.id());
        assertThat(count("MATCH (p:Person) RETURN count(p) AS n")).isEqualTo(4);
    }

    @Test
    void mergesThatWouldConfuseFactsAreRefusedAndWriteNothing() {
        List<String> before = fingerprint();

        assertThatThrownBy(() -> merges.merge("daniel-okafor", "vela-ai", "x")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("only entities of one kind");
        db.write(tx -> tx.run("""
                MATCH (a:Person {id: 'lukas-weber'}), (b:Person {id: 'samira-haddad'}) CREATE (a)-[:SIBLING_OF]->(b)"""));
        assertThatThrownBy(() -> merges.merge("samira-haddad", "lukas-weber", "x")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("linked by SIBLING_OF");
        db.write(tx -> tx.run("MATCH ()-[r:SIBLING_OF]->() DELETE r"));
        assertThatThrownBy(() -> merges.merge("daniel-okafor", "nobody", "x")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("No person, organization or product has the id 'nobody'");
        assertThatThrownBy(() -> merges.merge("daniel-okafor", "danyal-okafor", " ")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("a reason is required");
        assertThatThrownBy(() -> merges.unmerge("merge-unknown")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("merge history lists them");
        db.write(tx -> tx.run("MATCH (p:Person {id: 'lukas-weber'}) SET p.distinctFrom = ['samira-haddad']"));
        assertThatThrownBy(() -> merges.merge("samira-haddad", "lukas-weber", "x")).isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("distinctFrom");
        db.write(tx -> tx.run("MATCH (p:Person {id: 'lukas-weber'}) REMOVE p.distinctFrom"));

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(merges.history()).isEmpty();
    }

    @Test
    void aDatasetThatBringsBackAMergedIdIsRefusedWithTheMerge() {
        MergeRecord m = merges.merge("daniel-okafor", "danyal-okafor", "same person");
        Dataset again = DatasetReader.parse("again.yaml", """
                format: talentgraph-dataset/1
                id: again
                sources: [{id: s, kind: article, text: s.txt}]
                people:
                  - {id: danyal-okafor, name: Danyal Okafor}
                organizations:
                  - {id: vela-ai, name: Vela AI, kind: company}
                facts:
                  - {type: works-at, person: danyal-okafor, organization: vela-ai, sources: [s],
                     evidence: [{quote: Danyal Okafor of Vela AI}]}
                """, name -> "Danyal Okafor of Vela AI.");
        List<String> before = fingerprint();

        assertThatThrownBy(() -> new GraphLoader(db).load(again)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("again.yaml:5")
                .hasMessageContaining("'danyal-okafor' was merged into 'daniel-okafor' (" + m.id())
                .hasMessageContaining("undo merge " + m.id() + " first");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
