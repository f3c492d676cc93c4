package io.talentgraph.query;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.QueryFailedException;
import io.talentgraph.dataset.SeedDatasets;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every fact of the article, and the facts it does not state, checked through the public query API.
 * Runs against the embedded store and against a server over Bolt: the answers must be the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TalentQueriesContract {

    protected TalentQueries queries;

    /** @return an empty database of the kind under test */
    protected abstract Database emptyDatabase();

    @BeforeAll
    void loadTheArticle() {
        Database db = emptyDatabase();
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        queries = new TalentQueries(db);
    }

    @Test
    void metaHiredTheNamedResearchersFromTheirLabs() {
        Page<Hire> hires = queries.hires(HireQuery.by("meta"));

        assertThat(hires.items()).extracting(h -> h.person().id(), h -> h.from().id(), h -> h.hiredBy().id())
                .containsExactlyInAnyOrder(
                        tuple("alexandr-wang", "scale-ai", "meta"),
                        tuple("jack-rae", "google-deepmind", "meta"),
                        tuple("joel-pobar", "anthropic", "meta"),
                        tuple("johan-schalkwyk", "sesame-ai", "meta"),
                        tuple("pei-sun", "google-deepmind", "meta"),
                        tuple("trapit-bansal", "openai", "meta"));
    }

    @Test
    void trapitBansalsHireWasReportedByTechCrunchWithTheArticlesWords() {
        Hire bansal = queries.hires(HireQuery.by("Meta").from("OpenAI")).items().get(0);

        assertThat(bansal.person().nameAr()).isEqualTo("ترابيت بانسال");
        assertThat(bansal.formerTitle()).isEqualTo("prominent researcher");
        assertThat(bansal.provenance().reportedBy()).isEqualTo("techcrunch-bansal-report");
        assertThat(bansal.provenance().evidence()).singleElement().asString().contains("ترابيت بانسال");
    }

    @Test
    void hiresFromGoogleIncludeItsLabGoogleDeepMind() {
        assertThat(queries.hires(HireQuery.by("meta").from("google")).items()).extracting(h -> h.person().id())
                .containsExactlyInAnyOrder("pei-sun", "jack-rae");
    }

    @Test
    void unnamedHiresKeepTheirCountsAndSources() {
        List<GroupHire> groups = queries.groupHires(HireQuery.by("meta")).items();

        assertThat(groups).extracting(GroupHire::id, GroupHire::count, g -> g.from() == null ? null : g.from().id(),
                        GroupHire::within, g -> g.provenance().attribution())
                .containsExactlyInAnyOrder(
                        tuple("eleven-researchers-from-rivals", 11L, null, null, "reported"),
                        tuple("four-researchers-from-openai", 4L, "openai", null, "unnamed-reports"),
                        tuple("three-more-researchers-from-openai", 3L, "openai", "four-researchers-from-openai", "reported"));
        GroupHire eleven = groups.stream().filter(g -> g.count() == 11).findFirst().orElseThrow();
        assertThat(eleven.provenance().reportedBy()).isEqualTo("bloomberg-msl-memo-report");
        assertThat(eleven.fromDescription()).isEqualTo("rival companies");
        assertThat(eleven.namedMembers()).extracting(EntityRef::id).containsExactlyInAnyOrder("pei-sun", "joel-pobar");
    }

    @Test
    void talentFlowCountsEveryoneOnceNamedOrNot() {
        Map<String, Long> flow = new java.util.TreeMap<>();
        queries.flow(FlowQuery.all()).items().forEach(f -> flow.put(f.fromLabel() + "->" + f.to().id(), f.count()));

        assertThat(flow).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OpenAI->meta", 4L, // Bansal and the three the WSJ reported make up the four
                "Google DeepMind->meta", 2L,
                "Anthropic->meta", 1L,
                "Sesame AI->meta", 1L,
                "Scale AI->meta", 1L,
                "(unspecified: rival companies)->meta", 9L)); // the eleven, less Pei Sun and Joel Pobar
    }

    @Test
    void talentFlowRollsLabsUpToTheirCompany() {
        List<Flow> fromGoogle = queries.flow(FlowQuery.outOf("google").to("meta").rolledUp()).items();

        assertThat(fromGoogle).singleElement().satisfies(f -> {
            assertThat(f.from().id()).isEqualTo("google");
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.named()).isEqualTo(2);
        });
    }

    @Test
    void wangLeadsMetaSuperintelligenceLabsAsChiefAiOfficer() {
        List<Role> leaders = queries.leaders(LeaderQuery.of("Meta Superintelligence Labs"));

        assertThat(leaders).extracting(r -> r.person().id(), Role::title, Role::current)
                .containsExactlyInAnyOrder(tuple("alexandr-wang", "Chief AI Officer", true),
                        tuple("nat-friedman", null, true));
        assertThat(leaders).filteredOn(r -> r.person().id().equals("nat-friedman")).singleElement()
                .extracting(Role::role).asString().contains("AI products and applied research");
    }

    @Test
    void metaIsLedByZuckerbergWithBosworthAsCto() {
        assertThat(queries.leaders(LeaderQuery.of("ميتا"))).extracting(r -> r.person().id(), Role::title, r -> r.organization().id())
                .contains(tuple("mark-zuckerberg", "CEO", "meta"), tuple("andrew-bosworth", "CTO", "meta"),
                        tuple("alexandr-wang", "Chief AI Officer", "meta-superintelligence-labs"));
    }

    @Test
    void formerChiefsAreFormerNotCurrent() {
        assertThat(queries.leaders(LeaderQuery.of("Scale AI"))).isEmpty();
        assertThat(queries.leaders(LeaderQuery.of("Scale AI").includingFormer())).extracting(r -> r.person().id(), Role::title, Role::current)
                .containsExactly(tuple("alexandr-wang", "CEO", false));
        assertThat(queries.leaders(LeaderQuery.of("GitHub").includingFormer())).extracting(r -> r.person().id(), Role::current)
                .containsExactly(tuple("nat-friedman", false));
        assertThat(queries.roles(RoleQuery.of("Alexandr Wang"))).extracting(r -> r.organization().id(), Role::kind, Role::current)
                .contains(tuple("meta-superintelligence-labs", RelType.LEADS, true), tuple("scale-ai", RelType.LEADS, false),
                        tuple("meta", RelType.WORKS_AT, true));
    }

    @Test
    void samAltmanIsOpenAisCeo() {
        assertThat(queries.roles(RoleQuery.of("sam-altman"))).extracting(r -> r.organization().id(), Role::title, Role::current)
                .containsExactly(tuple("openai", "CEO", true));
    }

    @Test
    void metaInvested14Point3BillionDollarsInScaleAi() {
        List<Investment> investments = queries.investments("scale-ai");

        assertThat(investments).singleElement().satisfies(i -> {
            assertThat(i.investor().id()).isEqualTo("meta");
            assertThat(i.target().id()).isEqualTo("scale-ai");
            assertThat(i.amount().longValue()).isEqualTo(14_300_000_000L);
            assertThat(i.currency()).isEqualTo("USD");
            assertThat(i.when()).isEqualTo("في وقت سابق من هذا الشهر");
        });
        assertThat(queries.investments("meta")).hasSize(1);
        assertThat(queries.investments()).extracting(i -> i.investor().id() + ">" + i.target().id()).containsExactly("meta>scale-ai");
        assertThatThrownBy(() -> queries.investments(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("investments() lists them all");
    }

    @Test
    void noamBrownAndKorayKavukcuogluWereNotHired() {
        assertThat(queries.hiringAttempts(AttemptQuery.failed()).items()).extracting(a -> a.person().id(), a -> a.organization().id(),
                        a -> a.employer().id())
                .containsExactlyInAnyOrder(tuple("noam-brown", "meta", "openai"),
                        tuple("koray-kavukcuoglu", "meta", "google"));
        assertThat(queries.hires(HireQuery.by("meta")).items()).extracting(h -> h.person().id())
                .doesNotContain("noam-brown", "koray-kavukcuoglu");
        assertThat(queries.groupHires(HireQuery.by("meta")).items()).flatExtracting(GroupHire::namedMembers).extracting(EntityRef::id)
                .doesNotContain("noam-brown", "koray-kavukcuoglu");
        assertThat(queries.roles(RoleQuery.of("Noam Brown"))).extracting(r -> r.organization().id()).containsExactly("openai");
    }

    @Test
    void profileFindsAPersonByTheirArabicName() {
        PersonProfile wang = queries.profile("ألكسندر وانغ").orElseThrow();

        assertThat(wang.person().id()).isEqualTo("alexandr-wang");
        assertThat(wang.labels()).contains("Person", "Executive");
        assertThat(wang.facts()).extracting(FactView::type)
                .contains("LEADS", "HIRED_FROM", "WORKS_AT", "PARTNERS_WITH");
        assertThat(wang.facts()).allSatisfy(f -> assertThat(f.provenance().evidence()).isNotEmpty());
    }

    @Test
    void profileFindsAPersonByPartOfTheirEnglishName() {
        assertThat(queries.profile("Bosworth")).map(p -> p.person().id()).contains("andrew-bosworth");
        assertThat(queries.profile("nobody-by-this-name")).isEmpty();
    }

    @Test
    void samAltmansClaimsAreClaimsWithWhoClaimedThem() {
        PersonProfile altman = queries.profile("Sam Altman").orElseThrow();

        assertThat(altman.facts()).filteredOn(f -> f.type().equals("CLAIMED"))
                .extracting(f -> f.object().id(), f -> f.details().get("stance"))
                .contains(tuple("meta-offered-100m-signing-bonuses", "claimed"),
                        tuple("meta-offered-over-100m-pay", "confirmed"),
                        tuple("openai-best-people-stayed", "claimed"));
        assertThat(altman.facts()).filteredOn(f -> f.type().equals("SIBLING_OF"))
                .extracting(f -> f.object().id()).containsExactly("jack-altman");
    }

    @Test
    void bosworthQualifiedTheOfferClaim() {
        PersonProfile bosworth = queries.profile("أندرو بوسورث").orElseThrow();
        assertThat(bosworth.facts()).filteredOn(f -> f.type().equals("CLAIMED"))
                .extracting(f -> f.object().id(), f -> f.details().get("stance"))
                .containsExactly(tuple("offer-terms-more-complex", "qualified"));
    }

    @Test
    void shortestConnectionBetweenTwoPeople() {
        Connection path = queries.shortestConnection("Trapit Bansal", "Noam Brown").orElseThrow();

        assertThat(path.steps().get(0).node().id()).isEqualTo("trapit-bansal");
        assertThat(path.steps().get(path.steps().size() - 1).node().id()).isEqualTo("noam-brown");
        assertThat(path.length()).isEqualTo(2); // through OpenAI, where both worked, or Meta, which hired one and tried the other
        assertThat(path.steps().get(1).node().id()).isIn("openai", "meta");
    }

    @Test
    void whatEachOutletReported() {
        assertThat(queries.reportedBy("TechCrunch")).extracting(f -> f.subject().id(), FactView::type)
                .containsExactly(tuple("trapit-bansal", "HIRED_FROM"));
        assertThat(queries.reportedBy("The Wall Street Journal")).extracting(f -> f.subject().id())
                .containsExactly("three-more-researchers-from-openai");
        assertThat(queries.reportedBy("Bloomberg")).extracting(f -> f.provenance().factId())
                .contains("leads:alexandr-wang:meta-superintelligence-labs", "hire:pei-sun:meta",
                        "hire:joel-pobar:meta", "eleven-researchers-from-rivals",
                        "part-of:meta-superintelligence-labs:meta", "leads:nat-friedman:meta-superintelligence-labs")
                .doesNotContain("hire:trapit-bansal:meta");
        assertThat(queries.reportedBy("altman-brothers-podcast")).extracting(f -> f.subject().id())
                .containsOnly("sam-altman");
    }

    @Test
    void searchTreatsLuceneSyntaxAsPlainText() {
        assertThat(queries.search("Wang", 5)).extracting(h -> h.entity().id()).containsExactly("alexandr-wang");
        assertThat(queries.search("name:* OR \"x", 5)).isEmpty();
        assertThatThrownBy(() -> queries.organizationId("Nonexistent Labs")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Nonexistent Labs");
    }

    @Test
    void readsCannotWrite() {
        Database db = emptyDatabaseForWriteCheck();
        assertThatThrownBy(() -> db.read(tx -> tx.run("CREATE (:Person {id: 'intruder'})")))
                .isInstanceOf(QueryFailedException.class);
        List<io.talentgraph.connect.Row> intruders = db.read(tx -> tx.run("MATCH (p:Person {id: 'intruder'}) RETURN p"));
        assertThat(intruders).isEmpty();
    }

    /** @return the database under test, already loaded (the write check never succeeds) */
    protected abstract Database emptyDatabaseForWriteCheck();
}
