package io.talentgraph.query;

import io.talentgraph.connect.Database;
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
class FlowPagesIT {

    private final Database db = TestNeo4j.database();
    private final TalentQueries queries = new TalentQueries(db);

    @BeforeEach
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

            assertThat(pages).hasSize(3);
            assertThat(pages.subList(0, 2)).allSatisfy(p -> assertThat(p.items()).hasSize(2));
            assertThat(pages.get(2).hasNext()).isFalse();
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
        List<String> before = keys(items(readAll(FlowQuery.into("meta").first(2))));
        Page<Flow> first = queries.flow(FlowQuery.into("meta").first(2));
        String cursorKey = key(first.items().get(1));

        // one new origin whose flow sorts before the cursor, one after it
        hiresIntoMeta("aaa-labs", "zzz-labs");
        List<Flow> rest = items(readAll(FlowQuery.into("meta").first(2).after(first.next())));

        List<String> read = new ArrayList<>(keys(first.items()));
        read.addAll(keys(rest));
        assertThat(before).hasSize(6);
        assertThat(read).doesNotHaveDuplicates().containsAll(before).isSorted()
                .contains("zzz-labs>meta").doesNotContain("aaa-labs>meta");
        assertThat("aaa-labs>meta").isLessThan(cursorKey);
        assertThat(keys(items(readAll(FlowQuery.into("meta").first(2))))).contains("aaa-labs>meta", "zzz-labs>meta");
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

    // ---- helpers --------------------------------------------------------------------------------

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

    private void hiresIntoMeta(String... origins) {
        List<Organization> orgs = new ArrayList<>(List.of(new Organization("meta", "Meta", null, List.of(), "company",
                null, null)));
        List<Person> people = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (String origin : origins) {
            orgs.add(new Organization(origin, origin.substring(0, 3).toUpperCase() + " Labs", null, List.of(),
                    "company", null, null));
            String person = "hired-from-" + origin;
            people.add(new Person(person, "Person from " + origin.substring(0, 3).toUpperCase(), null, List.of(),
                    List.of("researcher")));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("person", person);
            fields.put("by", "meta");
            fields.put("from", origin);
            facts.add(new Fact("hire:" + person + ":meta", FactType.HIRE, fields, List.of("wire"), null, null, null,
                    null, List.of(new Evidence("q", null)), null, null, null, null, null));
        }
        Source wire = new Source("wire", "report", "Wire", null, "en", null, null, null, null, null, null, null,
                List.of(), List.of());
        new GraphLoader(db).load(new Dataset("added-origins", null, "test", List.of(wire), people, orgs, List.of(),
                List.of(), facts, Map.of()));
    }
}
