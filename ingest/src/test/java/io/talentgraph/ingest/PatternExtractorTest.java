package io.talentgraph.ingest;

import io.talentgraph.dataset.FactType;
import io.talentgraph.model.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pattern extractor proposes, and what it holds back, before the verifier sees anything. */
class PatternExtractorTest {

    private static Draft read(String text) {
        return PatternExtractor.withoutModels().extract(
                new Article("t", text, Language.detect(text), null, PartialDate.parse("2025-07-01")), Fixtures.seedGazetteer());
    }

    @Test
    void aHireWhoseOriginTheRulesDidNotReadIsHeldForTheReviewer() {
        Draft d = read("Meta has hired Lucas Beyer.\n\nMeta has hired Xiaohua Zhai from OpenAI.");

        assertThat(d.facts(FactType.HIRE)).singleElement().satisfies(f -> {
            assertThat(f.text("from")).isNotNull();
            assertThat(d.entities()).anyMatch(e -> e.id().equals(f.text("person")) && e.name().equals("Xiaohua Zhai"));
        });
        assertThat(d.rejected()).anySatisfy(r -> {
            assertThat(r.fact().type()).isEqualTo(FactType.HIRE);
            assertThat(r.fact().text("from")).isNull();
            assertThat(r.reason()).contains("read no origin");
        });
    }

    @Test
    void aDepartureThatRunsIntoTheJoinIsTheOriginOfTheMove() {
        // "the researcher Andrea Vallone left OpenAI to join the alignment team at Anthropic"
        Draft d = read("غادرت الباحثة أندريا فالوني (Andrea Vallone) شركة OpenAI للانضمام إلى فريق المواءمة في Anthropic.");

        assertThat(d.facts(FactType.HIRE)).singleElement().satisfies(f -> {
            assertThat(f.text("from")).isEqualTo("openai");
            assertThat(f.text("by")).isEqualTo("anthropic");
            assertThat(f.notes()).anyMatch(n -> n.contains("left X to join Y"));
        });
    }
}
