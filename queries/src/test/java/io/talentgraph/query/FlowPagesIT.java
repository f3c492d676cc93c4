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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.graphdb.ExecutionPlanDescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Talent flow a page at a time: pages that add up to the whole flow, in key order that added hires cannot disturb,
 * or ranked largest first; the same pages from the aggregate and from the hires themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowPagesIT {

    private final Database db = TestNeo4j.database();
    private final TalentQueries queries = new TalentQueries(db);

    /** Once for the class: a test that adds flows adds them into OpenAI, or takes them away again. */
    @BeforeAll
    void theArticle() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
    }

    @Test
    void pagesOfTwoInKeyOrderAddUpToTheWholeFlow() {
        for (boolean rollUp : List.of(false, true)) {
            FlowQuery query = rollUp ? FlowQuery.all().rolledUp().first(2) : FlowQuery.all().first(2);
            List<Page<Flow>> pages = readAll(query);
            List<Flow> read = items(pages);

            int flows = whole(rollUp).size();
            assertThat(flows).isGreaterThanOrEqualTo(6);
            assertThat(pages).hasSize((flows + 1) / 2);
            assertThat(pages.subList(0, flows / 2)).allSatisfy(p -> assertThat(p.items()).hasSize(2));
            assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
            assertThat(keys(read)).as("rolled up %s", rollUp).isSorted().doesNotHaveDuplicates();
            assertThat(read).containsExactlyInAnyOrderElementsOf(whole(rollUp));
        }
    }

    @Test
    void largestFirstPagesRankTheWholeFlowWithTiesInKeyOrder() {
        List<Flow> ranked = items(readAll(FlowQuery.all().largestFirst().first(2)));

        assertThat(ranked).containsExactlyInAnyOrderElementsOf(whole(false));
        assertThat(ranked).isSortedAccordingTo(Comparator.comparingLong(Flow::count).reversed()
                .thenComparing(FlowPagesIT::key));
        assertThat(ranked).extracting(Flow::fromLabel).startsWith("(unspecified: rival companies)", "OpenAI");
    }

    @Test
    void aDatedFlowIsAddedUpFromTheHiresAndPagesAlike() {
        // a date the aggregate cannot answer: every hire is read, yet the pages are the aggregate's
        LocalDate later = LocalDate.of(2100, 1, 1);
        for (FlowQuery query : List.of(FlowQuery.into("Meta").first(2), FlowQuery.into("Meta").largestFirst().first(2),
                FlowQuery.all().rolledUp().largestFirst().first(4))) {
            assertThat(items(readAll(query.asOf(later)))).as(query.toString()).isEqualTo(items(readAll(query)));
        }
    }

    @Test
    void flowsAddedBetweenPagesMakeNoPageRepeatOrSkipAFlow() {
        // into OpenAI, so that the other tests' answers about Meta stay as they are
        hiresInto("openai", "bbb-labs", "ccc-labs", "xxx-labs");
        List<String> before = keys(items(readAll(FlowQuery.into("openai").first(2))));
        Page<Flow> first = queries.flow(FlowQuery.into("openai").first(2));
        String cursorKey = key(first.items().get(1));

        // one new origin whose flow sorts before the cursor, one after it
        hiresInto("openai", "aaa-labs", "zzz-labs");
        List<Flow> rest = items(readAll(FlowQuery.into("openai").first(2).after(first.next())));

        List<String> read = new ArrayList<>(keys(first.items()));
        read.addAll(keys(rest));
        assertThat(before).hasSize(3);
        assertThat(read).doesNotHaveDuplicates().containsAll(before).isSorted()
                .contains("zzz-labs>openai").doesNotContain("aaa-labs>openai");
        assertThat("aaa-labs>openai").isLessThan(cursorKey);
        assertThat(keys(items(readAll(FlowQuery.into("openai").first(2))))).contains("aaa-labs>openai", "zzz-labs>openai");
    }

    @Test
    void aCursorContinuesOnlyTheOrderThatGaveItOut() {
        String byKey = queries.flow(FlowQuery.all().first(1)).next();
        String largest = queries.flow(FlowQuery.all().largestFirst().first(1)).next();

        assertThatThrownBy(() -> queries.flow(FlowQuery.all().largestFirst().after(byKey)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continues a page of talent flows in key order, not of talent flows largest first");
        assertThatThrownBy(() -> queries.flow(FlowQuery.all().after(largest)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continues a page of talent flows largest first, not of talent flows in key order");
        String hireCursor = queries.hires(HireQuery.by("meta").first(1)).next();
        assertThatThrownBy(() -> queries.flow(FlowQuery.all().after(hireCursor)))
                .hasMessageContaining("continues a page of named hires");
    }

    @Test
    void aRequestIsCheckedWhenItIsMade() {
        assertThatThrownBy(() -> FlowQuery.into(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FlowQuery.into: name the organization");
        assertThatThrownBy(() -> FlowQuery.all().first(1001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FlowQuery.first: a page holds 1 to 1000 flows, not 1001; read more by following the "
                        + "page's next cursor.");
        assertThatThrownBy(() -> FlowQuery.all().after("not a cursor!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one a page gave out");
        assertThat(FlowQuery.into("Meta").rolledUp().first(20)).isEqualTo(FlowQuery.all().first(20).to("Meta").rolledUp())
                .hasToString("FlowQuery.all().to(Meta).rolledUp().first(20)");
        assertThat(FlowQuery.all().first()).isEqualTo(FlowQuery.DEFAULT_PAGE_SIZE);
    }

    @Test
    void aPageOfTheLargestFlowsReadsAPageFromTheCountIndexNotEveryFlow() {
        manyFlowsIntoMeta();
        try {
            largestFirstPlans();
        } finally {
            removeManyFlows();
        }
    }

    private void largestFirstPlans() {
        // counts run 999, 999, 998, 998, 998...: on the first page the 51st largest is 982, and 53 rows count that much
        assertReadsAPage(firstPageParams(51), 982);
        // a later page: after the second of the three flows that count 990 (origin-27, -28, -29)
        Map<String, Object> later = firstPageParams(51);
        later.put("afterCount", 990L);
        later.put("afterKey", "origin-28>meta");
        assertReadsAPage(later, 973);
    }

    private void assertReadsAPage(Map<String, Object> params, long expectedThreshold) {
        params.put("skip", 50);
        List<ExecutionPlanDescription> threshold = profile(TalentQueries.FLOW_THRESHOLD.formatted("TalentFlow"), params, 1);
        List<Row> cut = db.read(tx -> tx.run(TalentQueries.FLOW_THRESHOLD.formatted("TalentFlow"), params));
        assertThat(cut).singleElement().satisfies(r -> assertThat(r.longValue("count")).isEqualTo(expectedThreshold));
        params.put("threshold", expectedThreshold);
        List<ExecutionPlanDescription> page = profile(TalentQueries.aggregatedFlow("TalentFlow", false, false, true, true),
                params, 51);

        for (List<ExecutionPlanDescription> plan : List.of(threshold, page)) {
            assertThat(plan).as(names(plan)).filteredOn(o -> o.getName().matches(".*Node.*Index.*")).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.getName()).as(o.toString()).contains("Seek"))
                    .allSatisfy(o -> assertThat(o.getProfilerStatistics().getRows()).as(o.toString())
                            .isLessThanOrEqualTo(2 * 51));
            assertThat(plan).filteredOn(o -> o.getName().contains("NodeByLabelScan")).isEmpty();
        }
    }

    @Test
    void aPageInKeyOrderReadsAPageFromTheKeyIndexNotEveryFlow() {
        manyFlowsIntoMeta();
        List<ExecutionPlanDescription> page;
        try {
            page = profile(TalentQueries.aggregatedFlow("TalentFlow", false, false, false, false), firstPageParams(51), 51);
        } finally {
            removeManyFlows();
        }

        assertThat(page).as(names(page)).filteredOn(o -> o.getName().matches(".*Node.*Index.*")
                        && String.valueOf(o.getArguments().get("Details")).contains("key"))
                .singleElement().satisfies(seek -> assertThat(seek.getName()).contains("Seek"))
                .satisfies(seek -> assertThat(seek.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 51));
        assertThat(page).filteredOn(o -> o.getName().matches("(?i)(Partial)?(Sort|Top).*")).allSatisfy(sort ->
                assertThat(sort.getChildren()).allSatisfy(in ->
                        assertThat(in.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 51)));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** 3,000 aggregate rows into Meta, written directly (their number is what matters), counting 999 down by threes. */
    private void manyFlowsIntoMeta() {
        db.write(tx -> tx.run("""
                UNWIND range(1, 3000) AS i
                CREATE (:Organization {id: 'origin-' + i, name: 'Origin ' + i})
                CREATE (:TalentFlow {key: 'origin-' + i + '>meta', from: 'origin-' + i, to: 'meta', fromDescription: null,
                                     named: 999 - i / 3, unnamed: 0, count: 999 - i / 3, units: 1})"""));
        // the plans are checked against a graph of 3,000 flows, not the statistics of the handful before: resample the
        // indexes and wait for it (otherwise the planner estimates 3 rows and may read every flow through a Union)
        db.runAutoCommit("CALL db.prepareForReplanning()", Map.of());
    }

    private void removeManyFlows() {
        db.write(tx -> tx.run("""
                MATCH (n) WHERE (n:Organization AND n.id STARTS WITH 'origin-') OR (n:TalentFlow AND n.key STARTS WITH 'origin-')
                DETACH DELETE n"""));
    }

    private static Map<String, Object> firstPageParams(int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", null);
        params.put("to", null);
        params.put("rollUp", false);
        params.put("asOf", null);
        params.put("afterCount", Long.MAX_VALUE);
        params.put("afterKey", "");
        params.put("limit", limit);
        return params;
    }

    /** Runs the query with PROFILE on the harness, planned for this test's data, and returns its operators. */
    private static List<ExecutionPlanDescription> profile(String cypher, Map<String, Object> params, long rows) {
        ExecutionPlanDescription plan = TestNeo4j.server().defaultDatabaseService().executeTransactionally(
                "CYPHER replan=force PROFILE " + cypher, params, result -> {
                    assertThat(result.stream().count()).isEqualTo(rows);
                    return result.getExecutionPlanDescription();
                });
        List<ExecutionPlanDescription> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static String names(List<ExecutionPlanDescription> plan) {
        return plan.stream().map(o -> o.getName() + " " + o.getArguments().get("Details") + " rows "
                + o.getProfilerStatistics().getRows()).toList().toString();
    }

    private static void collect(ExecutionPlanDescription plan, List<ExecutionPlanDescription> into) {
        into.add(plan);
        plan.getChildren().forEach(child -> collect(child, into));
    }

    private List<Page<Flow>> readAll(FlowQuery query) {
        List<Page<Flow>> pages = new ArrayList<>();
        Page<Flow> page = queries.flow(query);
        pages.add(page);
        while (page.hasNext()) {
            page = queries.flow(query.after(page.next()));
            pages.add(page);
        }
        return pages;
    }

    private static List<Flow> items(List<Page<Flow>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }

    private static String key(Flow f) {
        return TalentFlowAggregate.key(f.from() == null ? null : f.from().id(), f.fromDescription(), f.to().id());
    }

    private static List<String> keys(List<Flow> flows) {
        return flows.stream().map(FlowPagesIT::key).toList();
    }

    /** The whole flow in one answer, computed from the hires. */
    private List<Flow> whole(boolean rollUp) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", null);
        params.put("to", null);
        params.put("rollUp", rollUp);
        params.put("asOf", null);
        params.put("afterKey", "");
        params.put("limit", Integer.MAX_VALUE);
        return db.read(tx -> tx.run(TalentQueries.TALENT_FLOW.formatted((Object[]) TalentQueries.BY_KEY), params))
                .stream().map(r -> new Flow(Entities.of(r.get("src")), r.string("fromDescription"),
                        Entities.of(r.get("dst")), r.longValue("count"), r.longValue("named"), r.longValue("unnamed")))
                .toList();
    }

    private void hiresInto(String hirer, String... origins) {
        List<Organization> orgs = new ArrayList<>(List.of(new Organization(hirer, hirer.equals("openai") ? "OpenAI"
                : hirer, null, List.of(), "company", null, null)));
        List<Person> people = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (String origin : origins) {
            orgs.add(new Organization(origin, origin.substring(0, 3).toUpperCase() + " Labs", null, List.of(),
                    "company", null, null));
            String person = "hired-from-" + origin + "-by-" + hirer;
            people.add(new Person(person, "Person from " + origin.substring(0, 3).toUpperCase(), null, List.of(),
                    List.of("researcher")));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("person", person);
            fields.put("by", hirer);
            fields.put("from", origin);
            facts.add(new Fact("hire:" + person + ":" + hirer, FactType.HIRE, fields, List.of("wire"), null, null, null,
                    null, List.of(new Evidence("q", null)), null, null, null, null, null));
        }
        Source wire = new Source("wire", "report", "Wire", null, "en", null, null, null, null, null, null, null,
                List.of(), List.of());
        new GraphLoader(db).load(new Dataset("origins-" + String.join("-", origins), null, "test", List.of(wire), people, orgs, List.of(),
                List.of(), facts, Map.of()));
    }
}
