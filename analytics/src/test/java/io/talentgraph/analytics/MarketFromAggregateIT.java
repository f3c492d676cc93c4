package io.talentgraph.analytics;

import io.talentgraph.connect.Database;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.load.GraphLoader;
import io.talentgraph.schema.TalentFlowAggregate;
import io.talentgraph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All-time answers of net flow, direction and net importers are read from the talent-flow aggregate; they must be
 * the answers the hires themselves add up to. On the article (groups, an unnamed origin, a lab inside its company)
 * and market.yaml (moves both ways, a group with named members, undated hires), each answer is taken with the
 * aggregate usable, then again with it marked stale so that the hires are added up, and the two are compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketFromAggregateIT {

    private final Database db = TestNeo4j.database();
    private final TalentMarket market = new TalentMarket(db);
    private final TalentAnalytics analytics = new TalentAnalytics(db);

    @BeforeAll
    void loadTheArticleAndTheMarket() {
        TestNeo4j.clearData(db);
        GraphLoader loader = new GraphLoader(db);
        loader.load(DatasetReader.readResource("/io/talentgraph/datasets/msl-launch-ar/dataset.yaml"));
        loader.load(DatasetReader.readResource("/io/talentgraph/analytics/market.yaml"));
    }

    @AfterAll
    void leaveTheAggregateFresh() {
        TalentFlowAggregate.rebuild(db);
    }

    private record Answers(List<FlowBalance> netFlow, List<DirectionRatio> directions, List<ImporterRank> importers) {
    }

    private Answers answers(boolean rollUp) {
        List<DirectionRatio> directions = rollUp
                ? List.of(market.direction("openai", "meta", TimeWindow.all(), true),
                        market.direction("google", "meta", TimeWindow.all(), true))
                : List.of(market.direction("openai", "meta", TimeWindow.all(), false),
                        market.direction("google-deepmind", "meta", TimeWindow.all(), false),
                        market.direction("north", "south", TimeWindow.all(), false),
                        market.direction("north", "east", TimeWindow.all(), false));
        return new Answers(analytics.netFlow(TimeWindow.all(), rollUp), directions,
                market.importers(TimeWindow.all(), rollUp));
    }

    private boolean usable(boolean rollUp) {
        Boolean usable = db.read(tx -> TalentFlowAggregate.isUsable(tx, rollUp));
        return usable;
    }

    @ParameterizedTest(name = "rolled up: {0}")
    @ValueSource(booleans = {false, true})
    void theAggregateAnswersAsTheHiresAddUp(boolean rollUp) {
        TalentFlowAggregate.rebuild(db);
        assertThat(usable(rollUp)).isTrue();
        Answers fromAggregate = answers(rollUp);

        TalentFlowAggregate.markStale(db);
        assertThat(usable(rollUp)).isFalse();
        Answers fromHires = answers(rollUp);

        assertThat(fromAggregate).isEqualTo(fromHires);
        // Not a comparison of two empty answers: the article's nine from rival companies and four from OpenAI are in.
        assertThat(fromAggregate.netFlow()).anySatisfy(b -> {
            assertThat(b.organization().id()).isEqualTo("meta");
            assertThat(b.gained()).isGreaterThanOrEqualTo(18);
        });
        assertThat(fromAggregate.directions().get(0).forward()).isEqualTo(4);
        assertThat(fromAggregate.importers()).hasSizeGreaterThan(4);
    }
}
