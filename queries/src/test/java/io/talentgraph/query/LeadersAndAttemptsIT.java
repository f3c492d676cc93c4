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
import io.talentgraph.model.AttemptOutcome;
import io.talentgraph.model.PartialDate;
import io.talentgraph.model.RelType;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The requests for leaders, roles and recruitment attempts: leaders now or on a day, former ones too; dates with
 * their precision; attempts a page at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadersAndAttemptsIT {

    private final Database db = TestNeo4j.database();
    private final TalentQueries queries = new TalentQueries(db);

    @BeforeAll
    void theArticleAndACompanyWithDatedChiefs() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(SeedDatasets.metaSuperintelligenceLabs());
        Source wire = new Source("wire", "report", "Wire", null, "en", null, null, null, null, null, null, null,
                List.of(), List.of());
        new GraphLoader(db).load(new Dataset("halcyon-chiefs", null, "test", List.of(wire),
                List.of(person("ana-ferreira", "Ana Ferreira"), person("bo-lindgren", "Bo Lindgren"),
                        person("cyrus-vane", "Cyrus Vane")),
                List.of(new Organization("halcyon", "Halcyon", null, List.of(), "company", null, null)),
                List.of(), List.of(),
                List.of(leads("ana-ferreira", "CEO", false, "2020", "2024-06"),
                        leads("bo-lindgren", "CEO", true, "2024-07", null),
                        // former, with no known end: whether he led on a given day the graph cannot say
                        leads("cyrus-vane", "CTO", false, null, null)),
                Map.of()));
    }

    @Test
    void leadersNowAndFormerOnes() {
        assertThat(queries.leaders(LeaderQuery.of("Halcyon"))).extracting(r -> r.person().id(), Role::current)
                .containsExactly(tuple("bo-lindgren", true));
        assertThat(queries.leaders(LeaderQuery.of("Halcyon").includingFormer()))
                .extracting(r -> r.person().id(), Role::current)
                .containsExactly(tuple("bo-lindgren", true), tuple("ana-ferreira", false), tuple("cyrus-vane", false));
    }

    @Test
    void leadersOnADayAndThoseWhoseLeadershipHadEndedByThen() {
        assertThat(queries.leaders(LeaderQuery.of("Halcyon").asOf(LocalDate.of(2023, 1, 1))))
                .extracting(r -> r.person().id(), Role::current).containsExactly(tuple("ana-ferreira", true));
        assertThat(queries.leaders(LeaderQuery.of("Halcyon").asOf(LocalDate.of(2025, 1, 1))))
                .extracting(r -> r.person().id(), Role::current).containsExactly(tuple("bo-lindgren", true));
        assertThat(queries.leaders(LeaderQuery.of("Halcyon").includingFormer().asOf(LocalDate.of(2025, 1, 1))))
                .extracting(r -> r.person().id(), Role::current)
                .containsExactly(tuple("bo-lindgren", true), tuple("ana-ferreira", false));
        assertThat(queries.leaders(LeaderQuery.of("Halcyon").includingFormer().asOf(LocalDate.of(2019, 1, 1)))).isEmpty();
    }

    @Test
    void aRoleSaysItsDatesToTheirPrecision() {
        Role ana = queries.roles(RoleQuery.of("Ana Ferreira")).get(0);

        assertThat(ana.kind()).isEqualTo(RelType.LEADS);
        assertThat(ana.since()).isEqualTo(new PartialDate("2020", PartialDate.Precision.YEAR));
        assertThat(ana.until()).isEqualTo(new PartialDate("2024-06", PartialDate.Precision.MONTH));
        assertThat(queries.roles(RoleQuery.of("ana-ferreira").asOf(LocalDate.of(2024, 5, 1))))
                .extracting(r -> r.organization().id(), Role::current).containsExactly(tuple("halcyon", true));
        assertThat(queries.roles(RoleQuery.of("ana-ferreira").asOf(LocalDate.of(2024, 7, 1)))).isEmpty();
    }

    @Test
    void attemptsComeAPageAtATimeInFactIdOrder() {
        Page<HiringAttempt> first = queries.hiringAttempts(AttemptQuery.failed().first(1));
        Page<HiringAttempt> second = queries.hiringAttempts(AttemptQuery.failed().first(1).after(first.next()));

        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        List<HiringAttempt> both = new ArrayList<>(first.items());
        both.addAll(second.items());
        assertThat(both).extracting(a -> a.provenance().factId()).isSorted().doesNotHaveDuplicates();
        assertThat(both).containsExactlyInAnyOrderElementsOf(queries.hiringAttempts(AttemptQuery.failed()).items());
        assertThat(both).extracting(HiringAttempt::outcome).containsOnly(AttemptOutcome.FAILED);
        assertThat(queries.hiringAttempts(AttemptQuery.by("Meta").outcome(AttemptOutcome.SUCCEEDED)).items()).isEmpty();
        assertThat(queries.hiringAttempts(AttemptQuery.by("Meta")).items()).hasSize(2);
        String hireCursor = queries.hires(HireQuery.by("meta").first(1)).next();
        assertThatThrownBy(() -> queries.hiringAttempts(AttemptQuery.all().after(hireCursor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continues a page of named hires, not of recruitment attempts");
    }

    @Test
    void aRequestNamesWhatItAsksAbout() {
        assertThatThrownBy(() -> LeaderQuery.of(null)).hasMessageContaining("LeaderQuery.of: name the organization");
        assertThatThrownBy(() -> RoleQuery.of(" ")).hasMessageContaining("RoleQuery.of: name the person");
        assertThatThrownBy(() -> AttemptQuery.by("")).hasMessageContaining("AttemptQuery.by: name the organization");
        assertThat(LeaderQuery.of("Meta").includingFormer().asOf(LocalDate.of(2025, 6, 30)))
                .isEqualTo(LeaderQuery.of("Meta").asOf(LocalDate.of(2025, 6, 30)).includingFormer())
                .hasToString("LeaderQuery.of(Meta).includingFormer().asOf(2025-06-30)");
    }

    private static Person person(String id, String name) {
        return new Person(id, name, null, List.of(), List.of());
    }

    private static Fact leads(String person, String title, boolean current, String since, String until) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", person);
        fields.put("organization", "halcyon");
        fields.put("title", title);
        fields.put("current", current);
        return new Fact("leads:" + person + ":halcyon", FactType.LEADS, fields, List.of("wire"), null, null, null,
                null, List.of(new Evidence("q", null)), null, null, null,
                since == null ? null : PartialDate.parse(since), until == null ? null : PartialDate.parse(until));
    }
}
