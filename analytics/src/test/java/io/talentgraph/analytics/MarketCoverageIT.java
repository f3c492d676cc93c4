package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.query.NotFoundException;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The market measures cut by source (coverage.yaml): the Wire reported Ann, Cat, one of Dan's two reports and a group
 * of three; the Daily reported Bo, Cat, Dan's other report and Eve. Each expected value is worked out in the comment
 * above it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketCoverageIT {

    private final Database db = TestNeo4j.database();
    private final TalentMarket market = new TalentMarket(db);

    @BeforeAll
    void loadTheCoverage() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(DatasetReader.readResource("/io/talentgraph/analytics/coverage.yaml"));
    }

    @Test
    void inflowAndOutflowCountOnlyWhatTheOutletReportedAndDanOnceWhicheverReportIsHis() {
        // Everything: South hired Ann, Bo, Cat, Dan (two reports, one move) = 4 named and the group of 3; lost Eve.
        assertThat(market.flows(TimeWindow.all(), false)).extracting(f -> f.organization().id(),
                OrganizationFlow::namedIn, OrganizationFlow::countedIn, OrganizationFlow::namedOut,
                OrganizationFlow::countedOut).containsExactly(tuple("south", 4L, 3L, 1L, 0L), tuple("north", 1L, 0L, 4L, 3L));
        // The Wire: Ann, Cat, Dan (his Wire report is not the earlier id, but it is a report of the same move) and
        // the group; Eve was the Daily's only.
        assertThat(market.reportedBy("Wire").flows(TimeWindow.all(), false)).extracting(f -> f.organization().id(),
                OrganizationFlow::namedIn, OrganizationFlow::countedIn, OrganizationFlow::namedOut,
                OrganizationFlow::countedOut).containsExactly(tuple("south", 3L, 3L, 0L, 0L), tuple("north", 0L, 0L, 3L, 3L));
        // The Daily (named in any case): Bo, Cat, Dan into South, 3; Eve into North, 1; no group.
        assertThat(market.reportedBy("daily").flows(TimeWindow.all(), false)).extracting(f -> f.organization().id(),
                OrganizationFlow::inflow, OrganizationFlow::outflow, OrganizationFlow::net)
                .containsExactly(tuple("south", 3L, 1L, 2L), tuple("north", 1L, 3L, -2L));
    }

    @Test
    void directionTeamMovesAndImportersAreCutToo() {
        // North to South by the Wire: Ann, Cat, Dan and the 3 = 6, of them 3 named; back: nobody the Wire reported.
        DirectionRatio wire = market.reportedBy("wire-report").direction("north", "south", TimeWindow.all(), false);
        assertThat(wire.forward()).isEqualTo(6);
        assertThat(wire.forwardNamed()).isEqualTo(3);
        assertThat(wire.backward()).isZero();
        // The Daily: Bo, Cat, Dan one way, Eve back: 3 against 1.
        DirectionRatio daily = market.reportedBy("Daily").direction("north", "south", TimeWindow.all(), false);
        assertThat(daily.forward()).isEqualTo(3);
        assertThat(daily.backward()).isEqualTo(1);
        assertThat(daily.ratio()).isEqualTo(3.0);
        // Team moves of 3: all four named movers together; each outlet's three.
        assertThat(market.teamMoves(TimeWindow.all(), 3)).singleElement()
                .satisfies(t -> assertThat(t.members()).containsExactly("Ann", "Bo", "Cat", "Dan"));
        assertThat(market.reportedBy("Wire").teamMoves(TimeWindow.all(), 3)).singleElement()
                .satisfies(t -> assertThat(t.members()).containsExactly("Ann", "Cat", "Dan"));
        assertThat(market.reportedBy("Daily").teamMoves(TimeWindow.all(), 3)).singleElement()
                .satisfies(t -> assertThat(t.members()).containsExactly("Bo", "Cat", "Dan"));
        // Importers by the Wire: one edge, South over North weighted 6: South +1/2, North -1/2.
        assertThat(market.reportedBy("Wire").importers(TimeWindow.all(), false))
                .extracting(r -> r.organization().id(), ImporterRank::springRank, ImporterRank::inflow, ImporterRank::outflow)
                .containsExactly(tuple("south", 0.5, 6L, 0L), tuple("north", -0.5, 0L, 6L));
    }

    @Test
    void retentionCountsTheJobsTheOutletReported() {
        // Hires into South as of 2026-01-01, twelve months on, nobody has left: everyone stayed. The Daily's jobs are
        // Bo's, Cat's and Dan's (his Daily report); the Wire's Ann's, Cat's and Dan's (his Wire report).
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        Retention daily = market.reportedBy("Daily").retention("south", TimeWindow.all(), 12, asOf);
        assertThat(daily.stayed()).isEqualTo(3);
        assertThat(daily.left()).isZero();
        Retention wire = market.reportedBy("Wire").retention("south", TimeWindow.all(), 12, asOf);
        assertThat(wire.stayed()).isEqualTo(3);
    }

    @Test
    void anOutletNobodyCitesIsAClearError() {
        assertThatThrownBy(() -> market.reportedBy("Nobody's Gazette")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No source or outlet matches 'Nobody's Gazette'");
    }
}
