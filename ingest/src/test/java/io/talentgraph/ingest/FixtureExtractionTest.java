package io.talentgraph.ingest;

import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fictional fixture articles, read with an empty gazetteer (every name in them is new), scored against
 * their reviewed datasets. The floors here guard against regressions; docs/ingest.md reports the figures.
 */
class FixtureExtractionTest {

    private static final Logger LOG = LoggerFactory.getLogger(FixtureExtractionTest.class);

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    static List<Fixtures.Fixture> allFixturesWithHeldOut() {
        List<Fixtures.Fixture> all = new java.util.ArrayList<>(Fixtures.all());
        all.addAll(Fixtures.heldOut());
        return all;
    }

    /** Held-out articles too: recall there is low (docs/ingest.md), but what is proposed must never be this wrong. */
    @ParameterizedTest
    @MethodSource("allFixturesWithHeldOut")
    void neverAFailedAttemptAsAHireNorAFormerRoleAsCurrent(Fixtures.Fixture fixture) {
        ExtractionEvaluation.Evaluation e = evaluate(fixture);
        assertThat(e.failedAttemptsAsHires()).isZero();
        assertThat(e.formerAsCurrent()).isZero();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void hiresAttemptsLeadershipAndInvestmentsStayAboveTheirFloors(Fixtures.Fixture fixture) {
        ExtractionEvaluation.Evaluation e = evaluate(fixture);
        int gold = 0;
        int extracted = 0;
        int matched = 0;
        for (FactType type : List.of(FactType.HIRE, FactType.HIRING_ATTEMPT, FactType.LEADS, FactType.INVESTMENT)) {
            ExtractionEvaluation.Score s = e.score(type);
            LOG.info("{} {}: gold {} extracted {} matched {}", fixture, type.key(), s.gold(), s.extracted(), s.matched());
            gold += s.gold();
            extracted += s.extracted();
            matched += s.matched();
        }
        assertThat((double) matched / gold).as("recall").isGreaterThanOrEqualTo(0.8);
        assertThat((double) matched / extracted).as("precision").isGreaterThanOrEqualTo(0.8);
    }

    private static ExtractionEvaluation.Evaluation evaluate(Fixtures.Fixture fixture) {
        Draft draft = Ingestion.draft(PatternExtractor.create(), fixture.article(), Gazetteer.empty());
        Dataset back = Fixtures.roundTrip(draft);
        return ExtractionEvaluation.compare(back, fixture.gold());
    }
}
