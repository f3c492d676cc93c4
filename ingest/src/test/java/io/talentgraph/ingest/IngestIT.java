package io.talentgraph.ingest;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.InvalidDatasetException;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.HireQuery;
import io.talentgraph.query.RoleQuery;
import io.talentgraph.query.Role;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Articles read against the graph and loaded into it: a researcher hired by Helix Research in March 2025
 * (English article) and away from it by Cobalt Labs in November (Arabic article), each draft matched against
 * what the graph held after the previous one.
 */
class IngestIT {

    private final Database db = TestNeo4j.database();
    private final PatternExtractor extractor = PatternExtractor.create();

    @BeforeEach
    void emptyGraph() {
        TestNeo4j.clearData(db);
    }

    private Draft ingest(Fixtures.Fixture fixture) {
        return Ingestion.draft(extractor, fixture.article(), Gazetteer.fromGraph(db));
    }

    private void accept(Draft draft) {
        new GraphLoader(db).load(Fixtures.roundTrip(draft).acceptingAll());
    }

    private static List<String> organizations(List<Role> roles) {
        return roles.stream().map(r -> r.organization().id()).sorted().toList();
    }

    @Test
    void miraOkonkwoMovesTwiceAndTheGraphAnswersForEachDate() {
        accept(ingest(Fixtures.HELIX));
        Draft second = ingest(Fixtures.COBALT);

        Draft.Fact move = second.facts(FactType.HIRE).stream().filter(f -> "cobalt-labs".equals(f.text("by")))
                .findFirst().orElseThrow();
        assertThat(move.text("person")).isEqualTo("mira-okonkwo"); // the Arabic name matched through "(Mira Okonkwo)"
        assertThat(move.text("from")).isEqualTo("helix-research");
        assertThat(move.ends()).contains("hire:mira-okonkwo:helix-research");
        assertThat(move.date().value()).isEqualTo("2025-11");
        accept(second);

        TalentQueries q = new TalentQueries(db);
        assertThat(organizations(q.roles(RoleQuery.of("Mira Okonkwo").asOf(LocalDate.of(2025, 1, 15))))).containsExactly("northwind-ai");
        assertThat(organizations(q.roles(RoleQuery.of("Mira Okonkwo").asOf(LocalDate.of(2025, 6, 30)))))
                .containsExactly("helix-research", "helix-safety-lab");
        assertThat(organizations(q.roles(RoleQuery.of("ميرا أوكونكوو").asOf(LocalDate.of(2025, 12, 31))))).containsExactly("cobalt-labs");
        assertThat(q.roles(RoleQuery.of("mira-okonkwo"))).filteredOn(r -> r.organization().id().equals("helix-research"))
                .allSatisfy(r -> assertThat(r.current()).isFalse());
        assertThat(q.roles(RoleQuery.of("mira-okonkwo"))).filteredOn(r -> r.organization().id().equals("cobalt-labs"))
                .extracting(Role::current).containsOnly(true);

        Map<String, Long> named = new TreeMap<>();
        q.flow(FlowQuery.all().first(FlowQuery.MAX_PAGE_SIZE)).items()
                .forEach(f -> named.put(f.fromLabel() + "->" + f.to().id(), f.named()));
        assertThat(named).containsEntry("Northwind AI->helix-research", 1L).containsEntry("Helix Research->cobalt-labs", 1L);
        assertThat(q.flow(FlowQuery.outOf("helix-research").to("cobalt-labs").asOf(LocalDate.of(2025, 6, 30))).items()).isEmpty();
        assertThat(q.flow(FlowQuery.outOf("helix-research").to("cobalt-labs").asOf(LocalDate.of(2025, 11, 30))).items())
                .extracting(Flow::named).containsExactly(1L);
        assertThat(q.hires(HireQuery.by("cobalt-labs").asOf(LocalDate.of(2025, 6, 30))).items()).isEmpty();
        assertThat(q.hires(HireQuery.by("cobalt-labs")).items()).extracting(h -> h.person().id()).contains("mira-okonkwo");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} first")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"English", "Arabic"})
    void theSameThreeMovesInEitherScriptAndEitherOrderGiveOneNodeEach(String first) {
        List<Fixtures.Fixture> order = first.equals("English") ? List.of(Fixtures.ORION_EN, Fixtures.ORION_AR)
                : List.of(Fixtures.ORION_AR, Fixtures.ORION_EN);
        accept(ingest(order.get(0)));
        Draft second = ingest(order.get(1));

        assertThat(second.entities()).as("every name of the second article matched one the first loaded")
                .allMatch(Draft.Entity::known);
        assertThat(second.entities()).filteredOn(e -> !e.why().isEmpty()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.why()).anyMatch(w -> w.contains("sound alike across scripts")));
        accept(second);

        Map<String, Long> nodes = new TreeMap<>();
        db.read(tx -> tx.run("MATCH (n) WHERE n:Person OR n:Organization RETURN labels(n) AS labels, count(*) AS n"))
                .forEach(r -> nodes.put(r.strings("labels").contains("Person") ? "people" : "organizations", r.longValue("n")));
        assertThat(nodes).containsEntry("people", 3L).containsEntry("organizations", 3L);
        // each node carries both spellings, whichever came first
        List<Row> spellings = db.read(tx -> tx.run("""
                MATCH (p:Person) RETURN p.nameAr IS NOT NULL AND any(n IN [p.name] + coalesce(p.aliases, [])
                       WHERE n =~ '[A-Za-z ]+' AND NOT n =~ '.*(Danyal|Lokas|Smira).*') AS both"""));
        assertThat(spellings).hasSize(3).allSatisfy(r -> assertThat(r.bool("both")).isTrue());

        TalentQueries q = new TalentQueries(db);
        Map<String, Long> named = new TreeMap<>();
        q.flow(FlowQuery.all().first(FlowQuery.MAX_PAGE_SIZE)).items()
                .forEach(f -> named.merge(f.from().id() + "->" + f.to().id(), f.named(), Long::sum));
        assertThat(named.values()).containsExactlyInAnyOrder(2L, 1L);
        assertThat(named.values().stream().mapToLong(Long::longValue).sum()).as("three people, each counted once").isEqualTo(3);
        assertThat(q.hires(HireQuery.by(named.keySet().iterator().next().split("->")[1])).items()).hasSize(3);
    }

    @Test
    void theJobSheLeftKeepsItsHistoryAndEvidence() {
        accept(ingest(Fixtures.HELIX));
        accept(ingest(Fixtures.COBALT));

        Row helix = db.read(tx -> tx.run("""
                MATCH (:Person {id: 'mira-okonkwo'})-[r:WORKS_AT]->(:Organization {id: 'helix-research'})
                RETURN r.current AS current, r.validFrom AS validFrom, r.validTo AS validTo, r.endedBy AS endedBy,
                       size(r.evidence) AS quotes""")).get(0);
        assertThat(helix.bool("current")).isFalse();
        assertThat(helix.string("validFrom")).isEqualTo("2025-03-01");
        assertThat(helix.string("validTo")).isEqualTo("2025-11-01");
        assertThat(helix.strings("endedBy")).containsExactly("hire:mira-okonkwo:cobalt-labs");
        assertThat(helix.longValue("quotes")).isPositive();

        // loading the first article again does not bring the ended job back
        accept(ingest(Fixtures.HELIX));
        assertThat(db.read(tx -> tx.run("""
                MATCH (:Person {id: 'mira-okonkwo'})-[r:WORKS_AT]->(:Organization {id: 'helix-research'})
                RETURN r.current AS current""")).get(0).bool("current")).isFalse();
    }

    @Test
    void reIngestingTheSameArticleChangesNothing() {
        Draft first = ingest(Fixtures.HELIX);
        accept(first);
        List<Row> once = snapshot();

        Draft again = ingest(Fixtures.HELIX);
        accept(again);

        assertThat(again.facts()).extracting(Draft.Fact::id).containsExactlyElementsOf(
                first.facts().stream().map(Draft.Fact::id).toList());
        assertThat(again.entities()).allMatch(Draft.Entity::known);
        assertThat(snapshot()).isEqualTo(once);
    }

    @Test
    void aDraftPendingReviewIsNotLoaded() {
        Dataset pending = Fixtures.roundTrip(ingest(Fixtures.HELIX));

        assertThatThrownBy(() -> new GraphLoader(db).load(pending)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("pending review").hasMessageContaining("review: accepted");
        assertThat(((InvalidDatasetException) catchLoad(pending)).problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(db.read(tx -> tx.run("MATCH (n:Person) RETURN count(n) AS n")).get(0).longValue("n")).isZero();
    }

    @Test
    void endingAFactTheGraphDoesNotHoldWritesNothing() {
        Dataset dataset = DatasetReader.parse("ends.yaml", """
                format: talentgraph-dataset/1
                id: ends-unknown
                sources: [{id: s, kind: article}]
                people: [{id: someone, name: Someone}]
                organizations: [{id: somewhere, name: Somewhere, kind: company}]
                facts:
                  - type: hire
                    person: someone
                    by: somewhere
                    date: 2025-05
                    ends: [hire:someone:elsewhere]
                    sources: [s]
                    evidence: [{quote: Someone joined Somewhere}]
                """, name -> "");

        assertThatThrownBy(() -> new GraphLoader(db).load(dataset)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("ends.yaml:7: ends:").hasMessageContaining("hire:someone:elsewhere")
                .hasMessageContaining("load the dataset that states it first");
        assertThat(db.read(tx -> tx.run("MATCH (n:Person) RETURN count(n) AS n")).get(0).longValue("n")).isZero();
    }

    @Test
    void misplacedOffsetsAreRejectedWithTheFieldAndWhatIsThere() {
        assertThatThrownBy(() -> DatasetReader.parse("offsets.yaml", """
                format: talentgraph-dataset/1
                id: offsets
                sources: [{id: s, kind: article, text: a.txt}]
                people: [{id: someone, name: Someone}]
                organizations: [{id: somewhere, name: Somewhere, kind: company}]
                facts:
                  - type: hire
                    person: someone
                    by: somewhere
                    sources: [s]
                    evidence: [{quote: Someone joined, start: 1, end: 15}]
                """, name -> "Someone joined Somewhere.")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("facts[0].evidence[0].start").hasMessageContaining("'omeone joined '");
    }

    private RuntimeException catchLoad(Dataset d) {
        try {
            new GraphLoader(db).load(d);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private List<Row> snapshot() {
        return db.read(tx -> {
            List<Row> rows = new java.util.ArrayList<>(tx.run("""
                    MATCH (n) WHERE NOT n:TalentGraphSchema
                    RETURN n.id AS key, labels(n) AS labels, properties(n) AS props ORDER BY key"""));
            rows.addAll(tx.run("""
                    MATCH (a)-[r]->(b)
                    RETURN a.id + '-' + type(r) + '->' + b.id + '#' + coalesce(r.factId, '') AS key,
                           properties(r) AS props ORDER BY key"""));
            return rows;
        });
    }
}
