package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Windows and months on an invented dated dataset, over Bolt against a server without GDS: the Cypher
 * analytics need nothing but Cypher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeWindowIT {

    private final Database db = TestNeo4j.database();
    private final TalentAnalytics analytics = new TalentAnalytics(db);

    @BeforeAll
    void loadDatedHires() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(DatasetReader.readResource("/io/talentgraph/analytics/dated-hires.yaml"));
    }

    @Test
    void juneCountsTheHiresDatedInJuneOnly() {
        assertThat(analytics.netFlow(TimeWindow.of(YearMonth.of(2025, 6)), false))
                .extracting(b -> b.organization().id(), FlowBalance::gained, FlowBalance::lost)
                .containsExactly(tuple("lab-beta", 6L, 0L), tuple("lab-alpha", 0L, 6L));
    }

    @Test
    void aHireKnownOnlyByItsYearCountsInTheYearButInNoMonth() {
        TimeWindow year2025 = TimeWindow.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(analytics.netFlow(year2025, false)).extracting(b -> b.organization().id(), FlowBalance::net)
                .containsExactly(tuple("lab-beta", 6L), tuple("lab-alpha", -6L));
        assertThat(analytics.hiresPerMonth(year2025, false))
                .extracting(MonthlyHires::monthLabel, h -> h.hiredBy().id(), MonthlyHires::hires)
                .containsExactly(tuple("2025-05", "lab-beta", 1L), tuple("2025-06", "lab-beta", 6L),
                        tuple("undated", "lab-alpha", 1L));
    }

    @Test
    void undatedHiresCountOnlyWhenTheWindowIsAllTime() {
        assertThat(analytics.netFlow(TimeWindow.all(), false)).extracting(b -> b.organization().id(), FlowBalance::net)
                .containsExactly(tuple("lab-beta", 7L), tuple("lab-alpha", -7L));
        assertThat(analytics.hiresPerMonth(TimeWindow.all(), false)).extracting(MonthlyHires::monthLabel, MonthlyHires::hires)
                .containsExactly(tuple("2025-05", 1L), tuple("2025-06", 6L), tuple("undated", 1L), tuple("undated", 1L));
    }

    @Test
    void anOpenEndedWindowStartsOnItsFirstDay() {
        assertThat(analytics.flows(TimeWindow.between(LocalDate.of(2025, 6, 1), null), false))
                .extracting(f -> f.from().id(), f -> f.to().id(), io.talentgraph.query.Flow::count)
                .containsExactly(tuple("lab-alpha", "lab-beta", 6L));
    }

    @Test
    void networkAnalysisWithoutGdsNamesWhatToInstall() {
        assertThat(analytics.gdsVersion()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(analytics::network)
                .isInstanceOf(GdsUnavailableException.class)
                .hasMessageContaining("Graph Data Science")
                .hasMessageContaining("plugins directory")
                .hasMessageContaining("dbms.security.procedures.unrestricted=gds.*")
                .hasMessageContaining(db.describe());
    }
}
