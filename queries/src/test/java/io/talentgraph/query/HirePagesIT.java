package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.Organization;
import io.talentgraph.model.PartialDate;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.dataset.Source;
import io.talentgraph.load.GraphLoader;
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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hires a page at a time: pages that add up to the whole answer, in a stable order, whatever is added between them,
 * and a first page that reads a page from the index rather than every hire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HirePagesIT {

    private final Database db = TestNeo4j.database();
    private final TalentQueries queries = new TalentQueries(db);

    @BeforeAll
    void theArticleAndTheLabsOwnHires() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        // Meta Superintelligence Labs is inside Meta: its own hires are Meta's too
        load("lab-hires", List.of(person("lena-marsh", "Lena Marsh"), person("omar-haddad", "Omar Haddad"),
                        person("yuki-tanaka", "Yuki Tanaka")),
                hire("hire:lena-marsh:msl", "lena-marsh", "meta-superintelligence-labs", "openai", "2024-03"),
                hire("hire:omar-haddad:msl", "omar-haddad", "meta-superintelligence-labs", "google-deepmind", "2026-02"),
                hire("hire:yuki-tanaka:meta", "yuki-tanaka", "meta", "anthropic", "2023-11"));
    }

    @Test
    void pagesOfTwoAddUpToTheWholeAnswerInFactIdOrder() {
        List<Hire> all = wholeAnswer("meta", null, null).stream()
                .sorted(Comparator.comparing(h -> h.provenance().factId())).toList();

        List<Page<Hire>> pages = readAll(HireQuery.by("Meta").first(2), queries::hires);

        assertThat(all).hasSize(9);
        assertThat(pages).hasSize(5);
        assertThat(pages.subList(0, 4)).allSatisfy(p -> assertThat(p.items()).hasSize(2));
        assertThat(pages.get(4).hasNext()).isFalse();
        assertThat(pages.stream().flatMap(p -> p.items().stream()).toList()).isEqualTo(all);
    }

    @Test
    void anOrganizationsPagesIncludeTheHiresOfItsLab() {
        List<Hire> hires = readAll(HireQuery.by("Meta").first(2), queries::hires).stream()
                .flatMap(p -> p.items().stream()).toList();

        assertThat(hires).extracting(h -> h.hiredBy().id()).contains("meta", "meta-superintelligence-labs");
        assertThat(hires).filteredOn(h -> h.person().id().equals("lena-marsh")).singleElement()
                .satisfies(h -> assertThat(h.hiredBy().name()).isEqualTo("Meta Superintelligence Labs"));
        assertThat(queries.hires(HireQuery.by("meta-superintelligence-labs")).items())
                .extracting(h -> h.person().id()).containsExactly("lena-marsh", "omar-haddad");
    }

    @Test
    void hiresAddedBetweenPagesMakeNoPageRepeatOrSkipAHire() {
        // OpenAI's hires, so that the other tests' answers about Meta stay as they are
        load("openai-hires", List.of(person("bea-lindqvist", "Bea Lindqvist"), person("chen-wei", "Chen Wei"),
                        person("dara-nwosu", "Dara Nwosu"), person("eli-sandoval", "Eli Sandoval")),
                hire("hire:bea-lindqvist:openai", "bea-lindqvist", "openai", "anthropic", "2024-01"),
                hire("hire:chen-wei:openai", "chen-wei", "openai", "anthropic", "2024-02"),
                hire("hire:dara-nwosu:openai", "dara-nwosu", "openai", "google-deepmind", "2024-03"),
                hire("hire:eli-sandoval:openai", "eli-sandoval", "openai", "meta", "2024-04"));
        List<String> before = ids(wholeAnswer("openai", null, null));
        Page<Hire> first = queries.hires(HireQuery.by("openai").first(2));
        String cursorKey = first.items().get(1).provenance().factId();

        // one hire whose key sorts before the cursor, one after it
        load("openai-added", List.of(person("ada-brook", "Ada Brook"), person("zane-okoro", "Zane Okoro")),
                hire("hire:aaa-ada-brook:openai", "ada-brook", "openai", "anthropic", "2025-01"),
                hire("hire:zzz-zane-okoro:openai", "zane-okoro", "openai", "anthropic", "2025-01"));
        List<Hire> rest = readAll(HireQuery.by("openai").first(2).after(first.next()), queries::hires).stream()
                .flatMap(p -> p.items().stream()).toList();

        List<String> read = new ArrayList<>(ids(first.items()));
        read.addAll(ids(rest));
        assertThat(before).hasSize(4);
        assertThat(read).doesNotHaveDuplicates().containsAll(before).isSorted()
                .contains("hire:zzz-zane-okoro:openai").doesNotContain("hire:aaa-ada-brook:openai");
        assertThat("hire:aaa-ada-brook:openai").isLessThan(cursorKey);
    }

    @Test
    void fromAndAsOfNarrowThePagesAsTheyNarrowTheWholeAnswer() {
        LocalDate endOf2025 = LocalDate.of(2025, 12, 31);
        List<String> fromGoogle = ids(readAll(HireQuery.by("meta").from("Google").first(1), queries::hires).stream()
                .flatMap(p -> p.items().stream()).toList());
        List<String> upTo2025 = ids(readAll(HireQuery.by("meta").asOf(endOf2025).first(3), queries::hires).stream()
                .flatMap(p -> p.items().stream()).toList());

        assertThat(fromGoogle).isEqualTo(ids(wholeAnswer("meta", "google", null)).stream().sorted().toList())
                .hasSize(3).contains("hire:omar-haddad:msl");
        assertThat(upTo2025).isEqualTo(ids(wholeAnswer("meta", null, endOf2025)).stream().sorted().toList())
                .contains("hire:lena-marsh:msl", "hire:yuki-tanaka:meta").doesNotContain("hire:omar-haddad:msl");
        assertThat(queries.hires(HireQuery.by("meta").from("sesame-ai").asOf(endOf2025)).items())
                .extracting(h -> h.person().id()).containsExactly("johan-schalkwyk");
    }

    @Test
    void countedGroupsComeInPagesOfTheirOwn() {
        List<Page<GroupHire>> pages = readAll(HireQuery.by("meta").first(2), queries::groupHires);

        assertThat(pages).hasSize(2);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(GroupHire::id).toList())
                .containsExactly("eleven-researchers-from-rivals", "four-researchers-from-openai",
                        "three-more-researchers-from-openai");
        assertThat(pages.get(1).items()).singleElement().satisfies(g -> {
            assertThat(g.within()).isEqualTo("four-researchers-from-openai");
            assertThat(g.count()).isEqualTo(3);
        });
        assertThat(queries.groupHires(HireQuery.by("meta").from("openai")).items()).hasSize(2);
    }

    @Test
    void aCursorThatNoPageGaveOutIsRefusedWithAMessage() {
        assertThatThrownBy(() -> HireQuery.by("meta").after("not a cursor!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'not a cursor!' is not one a page gave out")
                .hasMessageContaining("no cursor for the first page");
        // base64 of text that is no cursor
        assertThatThrownBy(() -> HireQuery.by("meta").after("aGVsbG8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one a page gave out");
        String groupCursor = queries.groupHires(HireQuery.by("meta").first(1)).next();
        assertThatThrownBy(() -> queries.hires(HireQuery.by("meta").after(groupCursor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continues a page of counted groups, not of named hires");
    }

    @Test
    void aPageHoldsOneToAThousandHires() {
        assertThatThrownBy(() -> HireQuery.by("meta").first(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HireQuery.first: a page holds 1 to 1000 hires, not 0; read more by following the page's "
                        + "next cursor.");
        assertThatThrownBy(() -> HireQuery.by("meta").first(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HireQuery.by(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name the hiring organization");
        assertThat(HireQuery.by("Meta").first()).isEqualTo(HireQuery.DEFAULT_PAGE_SIZE);
        assertThat(HireQuery.by("Meta").first(1000).from("OpenAI"))
                .isEqualTo(HireQuery.by("Meta").from("OpenAI").first(1000));
    }

    @Test
    void theFirstPageOfALargeOrganizationReadsAPagePerHirerAndSortsNoMore() {
        // 3,000 hires by a company and its lab, written directly: what matters here is their number
        db.write(tx -> tx.run("""
                CREATE (:Organization {id: 'bulk-co', name: 'Bulk Co'}), (:Organization {id: 'bulk-lab', name: 'Bulk Lab'})
                WITH 1 AS one
                MATCH (src:Organization {id: 'openai'})
                UNWIND range(1, 3000) AS i
                CREATE (p:Person {id: 'bulk-' + i, name: 'Bulk ' + i})
                CREATE (p)-[:HIRED_FROM {factId: 'hire:bulk-' + i, validFrom: '2025-01-01',
                        hiredBy: CASE i % 2 WHEN 0 THEN 'bulk-co' ELSE 'bulk-lab' END}]->(src)"""));
        Map<String, Object> params = new HashMap<>();
        params.put("byIds", List.of("bulk-co", "bulk-lab"));
        params.put("fromIds", null);
        params.put("asOf", null);
        params.put("after", "");
        params.put("limit", 51);

        List<ExecutionPlanDescription> operators = profile(TalentQueries.NAMED_HIRES_PAGE, params, 51);

        assertThat(operators).filteredOn(o -> o.getName().contains("RelationshipIndexSeek")).singleElement()
                .satisfies(seek -> {
                    assertThat(seek.getArguments().get("Details").toString()).contains("HIRED_FROM(hiredBy, factId)");
                    // one seek per hirer, each stopped at the page: not the 3,000 hires
                    assertThat(seek.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 51);
                });
        // the only sorting left merges the hirers' pages: at most 2 x 51 rows, never every hire
        assertThat(operators).filteredOn(o -> o.getName().matches("(?i)(Partial)?(Sort|Top).*")).allSatisfy(sort ->
                assertThat(sort.getChildren()).allSatisfy(in ->
                        assertThat(in.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 51)));
    }

    @Test
    void theFirstPageOfManyCountedGroupsReadsAPagePerHirerToo() {
        db.write(tx -> tx.run("""
                MERGE (co:Organization {id: 'groups-co'}) SET co.name = 'Groups Co'
                MERGE (lab:Organization {id: 'groups-lab'}) SET lab.name = 'Groups Lab'
                WITH co, lab
                UNWIND range(1, 600) AS i
                CREATE (g:HiringGroup {id: 'group-' + i, count: 3, validFrom: '2025-01-01',
                        hiredBy: CASE i % 2 WHEN 0 THEN 'groups-co' ELSE 'groups-lab' END})"""));
        Map<String, Object> params = new HashMap<>();
        params.put("byIds", List.of("groups-co", "groups-lab"));
        params.put("fromIds", null);
        params.put("asOf", null);
        params.put("after", "");
        params.put("limit", 11);

        List<ExecutionPlanDescription> operators = profile(TalentQueries.GROUP_HIRES_PAGE, params, 11);

        assertThat(operators).filteredOn(o -> o.getName().contains("NodeIndexSeek")
                        && o.getArguments().get("Details").toString().contains("HiringGroup(hiredBy, id)"))
                .singleElement().satisfies(seek -> assertThat(seek.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 11));
        assertThat(operators).filteredOn(o -> o.getName().matches("(?i)(Partial)?(Sort|Top).*")).allSatisfy(sort ->
                assertThat(sort.getChildren()).allSatisfy(in ->
                        assertThat(in.getProfilerStatistics().getRows()).isLessThanOrEqualTo(2 * 11)));
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Every named hire in one answer, by a plain match of every hire: what the pages must add up to. */
    private static final String WHOLE_ANSWER = """
            MATCH (p:Person)-[h:HIRED_FROM]->(src:Organization)
            WHERE h.hiredBy IN $byIds AND ($fromIds IS NULL OR src.id IN $fromIds)
              AND ($asOf IS NULL OR coalesce(h.validFrom, '') <= $asOf)
            MATCH (by:Organization {id: h.hiredBy})
            RETURN %s AS person, %s AS src, %s AS by, h.formerTitle AS formerTitle, h.when AS when,
                   properties(h) AS props
            ORDER BY p.name
            """.formatted(Entities.project("p"), Entities.project("src"), Entities.project("by"));

    private List<Hire> wholeAnswer(String organization, String from, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("byIds", withParts(organization));
        params.put("fromIds", from == null ? null : withParts(from));
        params.put("asOf", asOf == null ? null : asOf.toString());
        return db.read(tx -> tx.run(WHOLE_ANSWER, params)).stream().map(r -> new Hire(Entities.of(r.get("person")),
                Entities.of(r.get("src")), Entities.of(r.get("by")), r.string("formerTitle"), r.string("when"),
                Provenance.of(r.map("props")))).toList();
    }

    private List<String> withParts(String organization) {
        return db.read(tx -> tx.run(TalentQueries.ORG_AND_PARTS, Map.of("org", queries.organizationId(organization))))
                .get(0).strings("ids");
    }

    private static <T> List<Page<T>> readAll(HireQuery query, Function<HireQuery, Page<T>> read) {
        List<Page<T>> pages = new ArrayList<>();
        Page<T> page = read.apply(query);
        pages.add(page);
        while (page.hasNext()) {
            page = read.apply(query.after(page.next()));
            pages.add(page);
        }
        return pages;
    }

    private static List<String> ids(List<Hire> hires) {
        return hires.stream().map(h -> h.provenance().factId()).toList();
    }

    /** Runs the query with PROFILE on the harness and returns every operator of its plan. */
    private static List<ExecutionPlanDescription> profile(String cypher, Map<String, Object> params, long rows) {
        ExecutionPlanDescription plan = TestNeo4j.server().defaultDatabaseService().executeTransactionally(
                // planned for this test's data: another test in this JVM may have run the same text on a few
                // rows, and Neo4j reuses a cached plan until the statistics drift far enough
                "CYPHER replan=force PROFILE " + cypher, params, result -> {
                    assertThat(result.stream().count()).isEqualTo(rows);
                    return result.getExecutionPlanDescription();
                });
        List<ExecutionPlanDescription> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(ExecutionPlanDescription plan, List<ExecutionPlanDescription> into) {
        into.add(plan);
        plan.getChildren().forEach(child -> collect(child, into));
    }

    private void load(String id, List<Person> people, Fact... facts) {
        List<Organization> orgs = List.of(
                new Organization("meta", "Meta", null, List.of(), "company", null, null),
                new Organization("meta-superintelligence-labs", "Meta Superintelligence Labs", null, List.of(), "lab", null, null),
                new Organization("openai", "OpenAI", null, List.of(), "company", null, null),
                new Organization("google-deepmind", "Google DeepMind", null, List.of(), "lab", null, null),
                new Organization("anthropic", "Anthropic", null, List.of(), "company", null, null));
        Source wire = new Source("wire", "report", "Wire", null, "en", null, null, null, null, null, null, null,
                List.of(), List.of());
        new GraphLoader(db).load(new Dataset(id, null, "test", List.of(wire), people, orgs, List.of(), List.of(),
                List.of(facts), Map.of()));
    }

    private static Person person(String id, String name) {
        return new Person(id, name, null, List.of(), List.of("researcher"));
    }

    private static Fact hire(String id, String person, String by, String from, String since) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", person);
        fields.put("by", by);
        fields.put("from", from);
        return new Fact(id, FactType.HIRE, fields, List.of("wire"), null, null, null, null,
                List.of(new Evidence("q", null)), null, null, null, PartialDate.parse(since), null);
    }
}
