package io.talentgraph.ingest;

import io.talentgraph.dataset.Dataset;
import io.talentgraph.dataset.Evidence;
import io.talentgraph.dataset.FactType;
import io.talentgraph.dataset.SeedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The seed article read by the extractor, scored against the reviewed dataset that ships with it. */
class SeedArticleExtractionTest {

    private static Draft draft;
    private static Dataset reviewed;
    private static ExtractionEvaluation.Evaluation evaluation;

    @BeforeAll
    static void readTheArticle() {
        draft = Ingestion.draft(PatternExtractor.create(), Fixtures.seedArticle(), Fixtures.seedGazetteer());
        reviewed = SeedDatasets.metaSuperintelligenceLabs();
        evaluation = ExtractionEvaluation.compare(Fixtures.roundTrip(draft), reviewed);
    }

    @Test
    void hiresAttemptsLeadershipAndInvestmentsMeetTheTargets() {
        for (FactType type : List.of(FactType.HIRE, FactType.HIRING_ATTEMPT, FactType.LEADS, FactType.INVESTMENT)) {
            ExtractionEvaluation.Score score = evaluation.score(type);
            assertThat(score.recall()).as("recall of %s", type.key()).isGreaterThanOrEqualTo(0.9);
            assertThat(score.precision()).as("precision of %s", type.key()).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(evaluation.failedAttemptsAsHires()).isZero();
        assertThat(evaluation.formerAsCurrent()).isZero();
    }

    @Test
    void noamBrownAndKorayKavukcuogluAreFailedAttemptsNotHires() {
        assertThat(draft.facts(FactType.HIRE)).extracting(f -> f.text("person"))
                .doesNotContain("noam-brown", "koray-kavukcuoglu");
        assertThat(draft.facts(FactType.HIRING_ATTEMPT)).extracting(f -> f.text("person"), f -> f.text("organization"),
                        f -> f.text("outcome"))
                .containsExactlyInAnyOrder(tuple("noam-brown", "meta", "failed"), tuple("koray-kavukcuoglu", "meta", "failed"));
    }

    @Test
    void wangAndFriedmanLedScaleAiAndGitHubFormerly() {
        assertThat(draft.facts(FactType.LEADS)).extracting(f -> f.text("person"), f -> f.text("organization"),
                        f -> f.fields().get("current"))
                .contains(tuple("alexandr-wang", "scale-ai", false), tuple("nat-friedman", "github", false),
                        tuple("alexandr-wang", "meta-superintelligence-labs", true));
    }

    @Test
    void bansalsHireWasReportedByTechCrunchAndTheFourByUnnamedReports() {
        Draft.Fact bansal = draft.facts(FactType.HIRE).stream().filter(f -> f.text("person").equals("trapit-bansal"))
                .findFirst().orElseThrow();
        assertThat(bansal.attribution()).isEqualTo("reported");
        assertThat(draft.sources()).filteredOn(s -> s.id().equals(bansal.reportedBy())).singleElement()
                .extracting(Draft.Source::outlet).isEqualTo("TechCrunch");
        assertThat(draft.facts(FactType.GROUP_HIRE)).filteredOn(g -> Long.valueOf(4).equals(g.fields().get("count")))
                .singleElement().extracting(Draft.Fact::attribution).isEqualTo("unnamed-reports");
    }

    @Test
    void everyFactIsPendingWithARuleAConfidenceAndQuotesAtTheirOffsets() {
        Dataset back = Fixtures.roundTrip(draft);
        String text = draft.article().text();
        assertThat(back.facts()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.pendingReview()).isTrue();
            assertThat(f.rule()).startsWith("patterns/");
            assertThat(f.confidence()).isBetween(0.0, 1.0);
            assertThat(f.evidence()).isNotEmpty();
            for (Evidence e : f.evidence()) {
                int start = text.offsetByCodePoints(0, e.start());
                int end = text.offsetByCodePoints(0, e.end());
                assertThat(text.substring(start, end)).isEqualTo(e.quote());
            }
        });
    }

    @Test
    void ingestingTheSameArticleTwiceWritesTheSameDraft() {
        String once = DraftWriter.yaml(draft, "article.txt", false);
        String twice = DraftWriter.yaml(Ingestion.draft(PatternExtractor.create(), Fixtures.seedArticle(), Fixtures.seedGazetteer()),
                "article.txt", false);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void withoutTheGazetteerTheArticlesLatinNamesAreStillProposed() {
        Draft blind = Ingestion.draft(PatternExtractor.create(), Fixtures.seedArticle(), Gazetteer.empty());
        assertThat(blind.entities()).noneMatch(Draft.Entity::known);
        assertThat(blind.entities()).extracting(Draft.Entity::name).contains("Scale AI", "GitHub");
        assertThat(Fixtures.roundTrip(blind).facts()).isNotEmpty();
    }
}
