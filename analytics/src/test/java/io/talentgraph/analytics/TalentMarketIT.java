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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The talent-market measures on market.yaml, a hand-built graph of three labs; each expected value is worked out
 * from the fixture's lines in the comment above it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TalentMarketIT {

    private final Database db = TestNeo4j.database();
    private final TalentMarket market = new TalentMarket(db);

    @BeforeAll
    void loadTheMarket() {
        TestNeo4j.clearData(db);
        new GraphLoader(db).load(DatasetReader.readResource("/io/talentgraph/analytics/market.yaml"));
    }

    @Test
    void directionRatioCountsEachWayWithTheGroupsUnnamedMembers() {
        // North -> South: Ann (2024-03-10), Bo, Cat, Dan = 4, all named.
        // South -> North: Eve (2024-05-05), Ann (2025-02-01), and the group of 2 (2024-06) = 4, of them 2 named.
        DirectionRatio all = market.direction("north", "south", TimeWindow.all(), false);
        assertThat(all.from().id()).isEqualTo("north");
        assertThat(all.forward()).isEqualTo(4);
        assertThat(all.forwardNamed()).isEqualTo(4);
        assertThat(all.backward()).isEqualTo(4);
        assertThat(all.backwardNamed()).isEqualTo(2);
        assertThat(all.ratio()).isEqualTo(1.0);

        // In 2024 only: Ann's return (2025) drops out: 4 against Eve + the group = 3; 4 / 3.
        DirectionRatio in2024 = market.direction("north", "south",
                TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), false);
        assertThat(in2024.forward()).isEqualTo(4);
        assertThat(in2024.backward()).isEqualTo(3);
        assertThat(in2024.ratio()).isEqualTo(4.0 / 3);

        // In March 2024: Ann, Bo, Cat one way (Dan is September), nobody back: the ratio is unbounded.
        DirectionRatio march = market.direction("north", "south", TimeWindow.of(YearMonth.of(2024, 3)), false);
        assertThat(march.forward()).isEqualTo(3);
        assertThat(march.backward()).isZero();
        assertThat(march.ratio()).isNull();
    }

    @Test
    void netImportersRankBySpringRankOnTheMovesBetweenLabs() {
        // Edges, hirer above origin, weighted by people: South over North 4 (Ann, Bo, Cat, Dan), East over North 2
        // (Gus, Fay in 2023), North over South 4 (Eve, Ann back, the group of 2), North over East 1 (Fay, undated).
        // With x = sS - sN and y = sE - sN the energy is 4(x-1)^2 + 4(-x-1)^2 + 2(y-1)^2 + (-y-1)^2: x = 0, and
        // 4(y-1) + 2(y+1) = 0 gives y = 1/3. Centred (sN + sS + sE = 0): North -1/9, South -1/9, East 2/9.
        List<ImporterRank> all = market.importers(TimeWindow.all(), false);
        assertThat(all).extracting(r -> r.organization().id(), ImporterRank::springRank, ImporterRank::inflow,
                ImporterRank::outflow).containsExactly(
                tuple("east", 0.2222, 2L, 1L), tuple("north", -0.1111, 5L, 6L), tuple("south", -0.1111, 4L, 4L));
        assertThat(all.stream().mapToDouble(ImporterRank::pageRank).sum()).isCloseTo(1, within(1e-3));

        // 2024 only: South over North 4, East over North 1 (Gus), North over South 3 (Eve, the group of 2).
        // 8(x-1) + 6(x+1) = 0 gives x = 1/7; (y-1)^2 gives y = 1; 3 sN + 1/7 + 1 = 0 gives sN = -8/21,
        // so North -0.3810, South -5/21 = -0.2381, East 13/21 = 0.6190.
        assertThat(market.importers(TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), false))
                .extracting(r -> r.organization().id(), ImporterRank::springRank)
                .containsExactly(tuple("east", 0.619), tuple("south", -0.2381), tuple("north", -0.381));
    }

    @Test
    void inflowAndOutflowKeepNamedAndCountedHiresApart() {
        // All time. North gained Eve, Ann (back) and Fay (back) = 3 named and the group of 2 from South; lost Ann, Bo,
        // Cat, Dan, Gus and Fay = 6. South gained Ann, Bo, Cat, Dan = 4; lost Eve and Ann = 2 named and the group's 2.
        // East gained Gus and Fay = 2, lost Fay = 1. Net: East +1, South 0, North -1.
        assertThat(market.flows(TimeWindow.all(), false)).extracting(f -> f.organization().id(),
                OrganizationFlow::namedIn, OrganizationFlow::countedIn, OrganizationFlow::namedOut,
                OrganizationFlow::countedOut, OrganizationFlow::net).containsExactly(
                tuple("east", 2L, 0L, 1L, 0L, 1L), tuple("south", 4L, 0L, 2L, 2L, 0L), tuple("north", 3L, 2L, 6L, 0L, -1L));
        // 2024 only (Ann's return is 2025, Fay's moves 2023 and undated): North gained Eve and the 2, lost Ann, Bo,
        // Cat, Dan, Gus = 5; South gained the four, lost Eve and the 2; East gained Gus.
        assertThat(market.flows(TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), false))
                .extracting(f -> f.organization().id(), OrganizationFlow::namedIn, OrganizationFlow::countedIn,
                        OrganizationFlow::namedOut, OrganizationFlow::countedOut)
                .containsExactly(tuple("east", 1L, 0L, 0L, 0L), tuple("south", 4L, 0L, 1L, 2L), tuple("north", 1L, 2L, 5L, 0L));
    }

    @Test
    void anUnknownOrganizationIsAClearError() {
        assertThatThrownBy(() -> market.direction("north", "west", TimeWindow.all(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'west'");
    }

    @Test
    void aTeamMoveIsThreeNamedPeopleFromOneOriginToOneHirerInTheWindow() {
        // March 2024: North -> South Ann, Bo, Cat (Cat dated only by month, wholly inside March); Gus went to East alone.
        assertThat(market.teamMoves(TimeWindow.of(YearMonth.of(2024, 3)), 3))
                .extracting(t -> t.from().id(), t -> t.to().id(), TeamMove::members)
                .containsExactly(tuple("north", "south", java.util.List.of("Ann", "Bo", "Cat")));
        // All time, at least 2: North -> South adds Dan (4); North -> East Fay (2023) and Gus (2); South -> North
        // Ann and Eve (2; the group's two are unnamed and do not count); East -> North Fay alone.
        assertThat(market.teamMoves(TimeWindow.all(), 2))
                .extracting(t -> t.from().id(), t -> t.to().id(), t -> t.members().size())
                .containsExactly(tuple("north", "south", 4), tuple("north", "east", 2), tuple("south", "north", 2));
        assertThatThrownBy(() -> market.teamMoves(TimeWindow.all(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoomerangLeftAndCameBackInThatOrderAndUnorderableDatesAreCountedApart() {
        // Ann left North for South on 2024-03-10 and was hired back by North on 2025-02-01: a return.
        // Fay left North for East in 2023 and joined North from East on an unknown date: the order cannot be told.
        // Fay also "left" East for North (undated) and "joined" East from North (2023): the same two facts seen from
        // East, again unorderable. So 1 return and 2 unknown.
        Boomerangs all = market.boomerangs(TimeWindow.all());
        assertThat(all.returns()).extracting(Boomerangs.Return::personId, r -> r.organization().id(),
                        r -> r.leftFor().id(), Boomerangs.Return::leftOn, Boomerangs.Return::returnedOn)
                .containsExactly(tuple("ann", "north", "south", "2024-03-10", "2025-02-01"));
        assertThat(all.orderUnknown()).isEqualTo(2);

        // In 2024 Ann had not come back yet; Fay's undated return falls in no window.
        Boomerangs in2024 = market.boomerangs(TimeWindow.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(in2024.returns()).isEmpty();
        assertThat(in2024.orderUnknown()).isZero();
    }
}
