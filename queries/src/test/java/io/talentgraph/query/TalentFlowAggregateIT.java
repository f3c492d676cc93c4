package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.dataset.Source;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-computed talent flow must give exactly the answers of the flow computed from the graph, after any
 * sequence of loads: new hires, hires joining groups, groups nested into others, groups changing their size or
 * origin, reloads.
 */
class TalentFlowAggregateIT {

    private final Database db = TestNeo4j.database();
    private final TalentQueries queries = new TalentQueries(db);

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.clearData(db);
    }

    @Test
    void theArticlesFlowFromTheAggregateIsTheFlowOfTheGraph() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());

        assertThat(aggregateRows()).isNotEmpty();
        for (String from : Arrays.asList(null, "openai", "google", "google-deepmind")) {
            for (String to : Arrays.asList(null, "meta", "meta-superintelligence-labs")) {
                for (boolean rollUp : List.of(false, true)) {
                    assertThat(sorted(flow(from, to, rollUp)))
                            .as("from %s to %s rollUp %s", from, to, rollUp)
                            .isEqualTo(sorted(plainFlow(from, to, rollUp)));
                }
            }
        }
    }

    @Test
    void theLargestFlowsAreTheFirstRowsOfTheWholeFlow() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());

        List<Flow> all = everyPage(FlowQuery.all().largestFirst().first(3));
        List<Flow> top = queries.flow(FlowQuery.all().largestFirst().first(2)).items();

        assertThat(top).extracting(Flow::count).containsExactlyElementsOf(all.subList(0, 2).stream().map(Flow::count).toList());
        assertThat(top.get(0).fromLabel()).isEqualTo("(unspecified: rival companies)");
    }

    @Test
    void aStaleAggregateIsNotReadAndARebuildMakesItUsableAgain() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        db.write(tx -> tx.run("MATCH (f:TalentFlow) SET f.named = f.named + 100, f.count = f.count + 100"));
        TalentFlowAggregate.markStale(db);

        assertThat(sorted(flow(null, null, false))).isEqualTo(sorted(plainFlow(null, null, false)));
        boolean usable = db.read(tx -> TalentFlowAggregate.isUsable(tx, false));
        assertThat(usable).isFalse();

        TalentFlowAggregate.rebuild(db);

        usable = db.read(tx -> TalentFlowAggregate.isUsable(tx, true));
        assertThat(usable).isTrue();
        assertThat(sorted(flow(null, null, false))).isEqualTo(sorted(plainFlow(null, null, false)));
    }

    @Test
    void theAggregateStaysExactThroughManyRandomLoads() {
        Random random = new Random(20250630);
        for (int round = 0; round < 12; round++) {
            new GraphLoader(db).load(randomDataset(random, round));

            assertThat(sorted(flow(null, null, false))).as("round %d", round)
                    .isEqualTo(sorted(plainFlow(null, null, false)));
            assertThat(sorted(flow(null, null, true))).as("round %d, rolled up", round)
                    .isEqualTo(sorted(plainFlow(null, null, true)));
            assertThat(sorted(flow(null, "o1", false))).as("round %d, into o1", round)
                    .isEqualTo(sorted(plainFlow(null, "o1", false)));
            List<Row> maintained = aggregateRows();
            TalentFlowAggregate.rebuild(db);
            assertThat(aggregateRows()).as("round %d: maintained equals rebuilt", round).isEqualTo(maintained);
        }
        Row shape = db.read(tx -> tx.run("""
                RETURN COUNT { (:HiringGroup)-[:INCLUDES]->(:HiringGroup) } AS nested,
                       COUNT { (:HiringGroup)-[:INCLUDES]->(:Person) } AS members,
                       COUNT { (f:TalentFlow) WHERE f.unnamed <> 0 AND f.named > 0 } AS mixed""")).get(0);
        assertThat(shape.longValue("nested")).as("groups nested in groups").isPositive();
        assertThat(shape.longValue("members")).as("named members of groups").isPositive();
        assertThat(shape.longValue("mixed")).as("rows adding named and unnamed hires").isPositive();
        assertThat(db.read(tx -> tx.run("MATCH (:Organization)-[p:PART_OF]->() RETURN count(p) AS c")).get(0)
                .longValue("c")).as("labs moved under companies along the way").isPositive();
    }

    @Test
    void aMoveReportedTwiceUnderTwoFactIdsCountsOnce() {
        Source wire = new Source("s", "report", "Wire", null, "en", null, null, null, null, null, null, null, List.of(), List.of());
        List<Organization> orgs = List.of(new Organization("vela-ai", "Vela AI", null, List.of(), "company", null, null),
                new Organization("orion-labs", "Orion Labs", null, List.of(), "company", null, null));
        List<Person> people = List.of(new Person("daniel-okafor", "Daniel Okafor", null, List.of(), List.of()));
        Map<String, Object> move = Map.of("person", "daniel-okafor", "by", "orion-labs", "from", "vela-ai");
        new GraphLoader(db).load(new Dataset("english", null, "test", List.of(wire), people, orgs, List.of(), List.of(),
                List.of(fact("hire:daniel-okafor:orion-labs", FactType.HIRE, move)), Map.of()));
        new GraphLoader(db).load(new Dataset("arabic", null, "test", List.of(wire), people, orgs, List.of(), List.of(),
                List.of(fact("arabic-report-1", FactType.HIRE, move)), Map.of()));

        assertThat(db.read(tx -> tx.run("MATCH (:Person)-[h:HIRED_FROM]->() RETURN count(h) AS n")).get(0).longValue("n"))
                .as("both reports kept").isEqualTo(2);
        assertThat(flow("vela-ai", "orion-labs", false)).singleElement()
                .satisfies(f -> assertThat(f.named()).isEqualTo(1));
        assertThat(sorted(plainFlow(null, null, false))).isEqualTo(sorted(flow(null, null, false)));
    }

    @Test
    void aLabMovedUnderACompanyLaterRollsUpThere() {
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        new GraphLoader(db).load(new Dataset("restructuring", null, "test",
                List.of(new Source("s", "report", "Wire", null, "en", null, null, null, null, null, null, null, List.of(), List.of())),
                List.of(), List.of(new Organization("anthropic", "Anthropic", null, List.of(), "company", null, null),
                        new Organization("sesame-ai", "Sesame AI", null, List.of(), "lab", null, null)),
                List.of(), List.of(), List.of(fact("part-of:sesame-ai:anthropic", FactType.PART_OF,
                        Map.of("part", "sesame-ai", "whole", "anthropic"))), Map.of()));

        assertThat(flow("anthropic", "meta", true)).singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(2));
        assertThat(sorted(flow(null, null, true))).isEqualTo(sorted(plainFlow(null, null, true)));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Every flow the API gives for the question, read three at a time in key order, from the aggregate when usable. */
    private List<Flow> flow(String from, String to, boolean rollUp) {
        FlowQuery query = FlowQuery.all().from(from).to(to).first(3);
        return everyPage(rollUp ? query.rolledUp() : query);
    }

    private List<Flow> everyPage(FlowQuery query) {
        List<Flow> all = new ArrayList<>();
        for (Page<Flow> page = queries.flow(query); ; page = queries.flow(query.after(page.next()))) {
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }

    /** The flow computed from the graph in one answer, never from the aggregate. */
    private List<Flow> plainFlow(String from, String to, boolean rollUp) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("rollUp", rollUp);
        params.put("limit", Integer.MAX_VALUE);
        params.put("asOf", null);
        params.put("afterKey", "");
        return db.read(tx -> tx.run(TalentQueries.TALENT_FLOW.formatted((Object[]) TalentQueries.BY_KEY), params)).stream()
                .map(r -> new Flow(Entities.of(r.get("src")), r.string("fromDescription"), Entities.of(r.get("dst")),
                        r.longValue("count"), r.longValue("named"), r.longValue("unnamed")))
                .toList();
    }

    private static List<String> sorted(List<Flow> flows) {
        return flows.stream().map(f -> (f.from() == null ? "-" : f.from().id()) + "|" + f.fromDescription() + "|"
                + f.to().id() + "|" + f.named() + "|" + f.unnamed()).sorted().toList();
    }

    /** The rows and the rolled-up rows of the aggregate. */
    private List<Row> aggregateRows() {
        return db.read(tx -> tx.run("""
                MATCH (f) WHERE f:TalentFlow OR f:TalentFlowRolledUp
                RETURN labels(f) AS label, f.key AS key, f.from AS from, f.to AS to, f.fromDescription AS fromDescription,
                       f.named AS named, f.unnamed AS unnamed, f.count AS count, f.units AS units
                ORDER BY label, key"""));
    }

    /**
     * A dataset drawn from a small world (8 organizations, 2 of them labs, 20 people, 6 groups), so that loads
     * overlap: the same hire again, a hire moving into a group, a group nested or resized, a new origin.
     */
    private static Dataset randomDataset(Random random, int round) {
        List<Organization> orgs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orgs.add(new Organization("o" + i, "Org " + i, null, List.of(), i >= 6 ? "lab" : "company", null, null));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Names at least two letters apart, so that entity resolution takes them for different people.
            people.add(new Person("p" + i, "Person " + String.valueOf((char) ('A' + i)).repeat(3), null, List.of(),
                    List.of("researcher")));
        }
        List<Fact> facts = new ArrayList<>();
        if (random.nextBoolean()) {
            facts.add(fact("part-of:o6:o0", FactType.PART_OF, Map.of("part", "o6", "whole", "o0")));
        }
        if (random.nextBoolean()) {
            facts.add(fact("part-of:o7:o1", FactType.PART_OF, Map.of("part", "o7", "whole", "o1")));
        }
        Map<String, String> groupBy = new HashMap<>();
        List<String> groupIds = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String by = "o" + (g % 3);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("by", by);
            if (random.nextInt(4) > 0) {
                String from = "o" + (3 + random.nextInt(5));
                fields.put("from", from);
            } else {
                fields.put("fromDescription", "rival companies");
            }
            if (g >= 3 && groupIds.contains("g" + (g - 3)) && random.nextBoolean()) {
                fields.put("within", "g" + (g - 3));
            }
            fields.put("count", 1L + random.nextInt(6));
            facts.add(fact("g" + g, FactType.GROUP_HIRE, fields));
            groupBy.put("g" + g, by);
            groupIds.add("g" + g);
        }
        for (int n = 0; n < 10; n++) {
            String person = "p" + random.nextInt(20);
            String by = "o" + random.nextInt(3);
            String from = "o" + (3 + random.nextInt(5));
            if (facts.stream().anyMatch(f -> f.id().equals("hire:" + person + ":" + by))) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("person", person);
            fields.put("by", by);
            fields.put("from", from);
            List<String> sameHirer = groupIds.stream().filter(g -> groupBy.get(g).equals(by)).toList();
            if (!sameHirer.isEmpty() && random.nextBoolean()) {
                fields.put("group", sameHirer.get(random.nextInt(sameHirer.size())));
            }
            facts.add(fact("hire:" + person + ":" + by, FactType.HIRE, fields));
            if (random.nextInt(3) == 0) {
                // a second report of the same move under a fact id of its own, as another article gives it
                Map<String, Object> again = new LinkedHashMap<>(fields);
                again.remove("group");
                facts.add(fact("again:" + person + ":" + by + ":" + round, FactType.HIRE, again));
            }
        }
        Source source = new Source("s", "report", "Wire", null, "en", null, null, null, null, null, null, null,
                List.of(), List.of());
        return new Dataset("random-" + round, null, "random", List.of(source), people, orgs, List.of(), List.of(),
                facts, Map.of());
    }

    private static Fact fact(String id, FactType type, Map<String, Object> fields) {
        return new Fact(id, type, fields, List.of("s"), null, null, null, null, List.of(new Evidence("q", null)),
                null, null, null, null, null);
    }
}
