package io.talentgraph.cli;

import io.talentgraph.analytics.OrganizationFlow;
import io.talentgraph.analytics.TalentMarket;
import io.talentgraph.analytics.TimeWindow;
import io.talentgraph.connect.Database;
import io.talentgraph.connect.GraphNode;
import io.talentgraph.connect.GraphPath;
import io.talentgraph.connect.GraphRelationship;
import io.talentgraph.connect.Row;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.server.internal.guide.GuideResource;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.TalentQueries;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The guided tour's queries, exactly as Neo4j Browser runs them (taken from the served guide), give the
 * article's answers, and the same answers as the query API.
 */
class GuideQueriesIT {

    private static final Pattern SLIDE = Pattern.compile("<slide[^>]*>(.*?)</slide>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<h3>(.*?)</h3>", Pattern.DOTALL);
    private static final Pattern QUERY = Pattern.compile("<pre class=\"[^\"]*runnable[^\"]*\">(.*?)</pre>", Pattern.DOTALL);

    private record Slide(String title, List<String> queries) {
    }

    private static List<Slide> slides;
    private static Database db;

    @BeforeAll
    static void loadTheArticle() {
        db = TestNeo4j.database();
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        slides = new ArrayList<>();
        Matcher slide = SLIDE.matcher(GuideResource.text("guide.html"));
        while (slide.find()) {
            Matcher title = TITLE.matcher(slide.group(1));
            List<String> queries = new ArrayList<>();
            for (Matcher q = QUERY.matcher(slide.group(1)); q.find(); ) {
                queries.add(unescape(q.group(1)));
            }
            slides.add(new Slide(title.find() ? title.group(1) : "(untitled)", queries));
        }
    }

    /** What Browser runs is the element's text, so entities are decoded as a page would. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static List<Row> runSlide(String titleStart) {
        Slide slide = slides.stream().filter(s -> s.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("No slide titled '" + titleStart + "' in " + slides));
        return db.read(tx -> tx.run(slide.queries().get(0)));
    }

    @Test
    void everySlideOfTheTourHasExactlyOneRunnableQuery() {
        assertThat(slides).hasSize(8).allSatisfy(s -> assertThat(s.queries()).as(s.title()).hasSize(1));
    }

    @Test
    void theTourShowsTheSixNamedPeopleMetaHiredAndWhereFrom() {
        assertThat(runSlide("Who Meta hired")).extracting(r -> r.string("hired"), r -> r.string("hiredFrom"),
                r -> r.string("arabicName")).containsExactly(
                tuple("Alexandr Wang", "Scale AI", "ألكسندر وانغ"),
                tuple("Jack Rae", "Google DeepMind", "جاك راي"),
                tuple("Joel Pobar", "Anthropic", "جويل بوبار"),
                tuple("Johan Schalkwyk", "Sesame AI", "يوهان شالكويك"),
                tuple("Pei Sun", "Google DeepMind", "بيي صن"),
                tuple("Trapit Bansal", "OpenAI", "ترابيت بانسال"));
    }

    @Test
    void theTourShowsWangAndFriedmanLeadingTheNewLabInsideMeta() {
        List<Row> rows = runSlide("Who leads the new lab");

        assertThat(rows).extracting(r -> ((GraphNode) r.get("leader")).properties().get("name"),
                        r -> ((GraphRelationship) r.get("role")).properties().get("title"),
                        r -> ((GraphNode) r.get("meta")).properties().get("name"))
                .containsExactlyInAnyOrder(tuple("Alexandr Wang", "Chief AI Officer", "Meta"),
                        tuple("Nat Friedman", null, "Meta"));
    }

    @Test
    void theTourShowsMetasInvestmentOf14Point3BillionDollarsInScaleAi() {
        assertThat(runSlide("The investment")).extracting(r -> r.string("investor"), r -> r.string("target"),
                        r -> r.longValue("amountUsd"), r -> r.string("when"))
                .containsExactly(tuple("Meta", "Scale AI", 14_300_000_000L, "earlier this month"));
    }

    @Test
    void theTourShowsNoamBrownAndKorayKavukcuogluWereNotHired() {
        assertThat(runSlide("The attempts that failed")).extracting(r -> r.string("tried"), r -> r.string("person"),
                        r -> r.string("stillAt"), r -> r.bool("hired"))
                .containsExactly(tuple("Meta", "Koray Kavukcuoglu", "Google", false),
                        tuple("Meta", "Noam Brown", "OpenAI", false));
    }

    @Test
    void theTourCountsTheFlowOfPeopleAsTheQueryApiDoes() {
        List<Row> rows = runSlide("The flow of people");
        Map<String, Long> fromGuide = rows.stream().collect(Collectors.toMap(r -> r.string("from") + " -> " + r.string("to"),
                r -> r.longValue("people"), Long::sum, TreeMap::new));
        Map<String, Long> fromApi = new TalentQueries(db).flow(FlowQuery.all()).items().stream()
                .collect(Collectors.toMap(f -> (f.from() != null ? f.from().name() : f.fromDescription()) + " -> " + f.to().name(),
                        Flow::count, Long::sum, TreeMap::new));

        assertThat(fromGuide).isEqualTo(fromApi).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rival companies -> Meta", 9L, "OpenAI -> Meta", 4L, "Google DeepMind -> Meta", 2L,
                "Anthropic -> Meta", 1L, "Scale AI -> Meta", 1L, "Sesame AI -> Meta", 1L));
        assertThat(rows).filteredOn(r -> r.string("from").equals("OpenAI")).singleElement()
                .satisfies(r -> assertThat(r.strings("namedAmongThem")).containsExactly("Trapit Bansal"));
    }

    @Test
    void theTourCountsInflowAndOutflowAsTheMarketApiDoes() {
        List<Row> rows = runSlide("The talent market");
        List<OrganizationFlow> api = new TalentMarket(db).flows(TimeWindow.all(), false);
        assertThat(rows).extracting(r -> r.string("organization"), r -> r.longValue("namedIn"), r -> r.longValue("countedIn"),
                r -> r.longValue("namedOut"), r -> r.longValue("countedOut"), r -> r.longValue("net"))
                .containsExactlyElementsOf(api.stream().map(f -> tuple(f.organization().name(), f.namedIn(), f.countedIn(),
                        f.namedOut(), f.countedOut(), f.net())).toList());
        // What the caption says: Meta +18 with no loss, OpenAI -4, all counted.
        assertThat(rows.get(0).string("organization")).isEqualTo("Meta");
        assertThat(rows.get(0).longValue("net")).isEqualTo(18);
        assertThat(rows.get(0).longValue("namedOut") + rows.get(0).longValue("countedOut")).isZero();
        assertThat(rows).filteredOn(r -> r.string("organization").equals("OpenAI")).singleElement()
                .satisfies(r -> assertThat(List.of(r.longValue("namedOut"), r.longValue("countedOut"), r.longValue("net")))
                        .containsExactly(0L, 4L, -4L));
    }

    @Test
    void theTourConnectsAltmanToZuckerbergThroughAltmansClaimsAboutMeta() {
        List<GraphPath> paths = runSlide("How is Sam Altman connected").stream().map(r -> (GraphPath) r.get("path")).toList();

        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            assertThat(path.relationships()).extracting(GraphRelationship::type).containsExactly("CLAIMED", "ABOUT", "LEADS");
            assertThat(path.nodes().get(2).properties().get("id")).isEqualTo("meta");
        });
        assertThat(paths).extracting(p -> p.nodes().get(1).properties().get("id")).containsExactlyInAnyOrder(
                "meta-offered-100m-signing-bonuses", "meta-offered-over-100m-pay", "openai-best-people-stayed",
                "meta-not-good-at-innovation", "money-over-mission-bad-culture");
        int apiLength = new TalentQueries(db).shortestConnection("sam-altman", "mark-zuckerberg").orElseThrow().steps().size() - 1;
        assertThat(paths.get(0).relationships()).hasSize(apiLength);
    }

    @Test
    void theTourFindsWangByHisArabicNameWithHisFormerRoleMarkedNotCurrent() {
        assertThat(runSlide("In Arabic")).extracting(r -> r.string("person"), r -> r.string("fact"), r -> r.string("other"),
                        r -> r.string("role"), r -> r.bool("current"))
                .containsExactly(
                        tuple("ألكسندر وانغ", "HIRED_FROM", "Scale AI", null, null),
                        tuple("ألكسندر وانغ", "LEADS", "Scale AI", "الرئيس التنفيذي", false),
                        tuple("ألكسندر وانغ", "LEADS", "مختبرات الذكاء الفائق", "كبير مسؤولي الذكاء الاصطناعي", true),
                        tuple("ألكسندر وانغ", "PARTNERS_WITH", "نات فريدمان", null, null),
                        tuple("ألكسندر وانغ", "WORKS_AT", "ميتا", null, true));
    }
}
