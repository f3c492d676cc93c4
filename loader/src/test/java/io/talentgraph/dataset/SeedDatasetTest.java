package io.talentgraph.dataset;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped article dataset: complete, faithful to the article, and nothing more. */
class SeedDatasetTest {

    private final Dataset dataset = SeedDatasets.metaSuperintelligenceLabs();
    private final String article = dataset.texts().get("msl-article-ar");

    @Test
    void namesAllThirteenPeopleWithTheirArabicSpellingFromTheArticle() {
        assertThat(dataset.people()).hasSize(13);
        assertThat(dataset.people()).allSatisfy(p -> assertThat(article).contains(p.nameAr()));
    }

    @Test
    void everyFactCitesTheArticleAndQuotesIt() {
        assertThat(dataset.facts()).allSatisfy(f -> {
            assertThat(f.sources()).contains("msl-article-ar");
            assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.en()).isNotBlank());
        });
    }

    @Test
    void aFailedAttemptIsNeverAlsoAHire() {
        Set<String> attempted = dataset.facts(FactType.HIRING_ATTEMPT).stream().map(f -> f.text("person"))
                .collect(Collectors.toSet());
        assertThat(attempted).containsExactlyInAnyOrder("noam-brown", "koray-kavukcuoglu");
        assertThat(dataset.facts(FactType.HIRE)).extracting(f -> f.text("person")).doesNotContainAnyElementsOf(attempted);
        assertThat(dataset.facts(FactType.HIRING_ATTEMPT)).allSatisfy(f -> assertThat(f.text("outcome")).isEqualTo("failed"));
    }

    @Test
    void formerChiefExecutivesAreNotCurrent() {
        List<Fact> former = dataset.facts(FactType.LEADS).stream()
                .filter(f -> Boolean.FALSE.equals(f.fields().get("current"))).toList();
        assertThat(former).extracting(f -> f.text("person") + "@" + f.text("organization"))
                .containsExactlyInAnyOrder("alexandr-wang@scale-ai", "nat-friedman@github");
    }

    @Test
    void theInvestmentIsFourteenPointThreeBillionDollars() {
        Fact investment = dataset.facts(FactType.INVESTMENT).get(0);
        Amount amount = (Amount) investment.fields().get("amount");
        assertThat(amount.value()).isEqualByComparingTo("14300000000");
        assertThat(amount.currency()).isEqualTo("USD");
        assertThat(investment.evidence().get(0).quote()).contains("14.3 مليار دولار");
    }

    @Test
    void theArticleGivesNoCalendarDatesSoTheDatasetInventsNone() {
        assertThat(dataset.facts()).allSatisfy(f -> {
            assertThat(f.date()).isNull();
            assertThat(f.since()).isNull();
        });
        assertThat(dataset.sources()).allSatisfy(s -> assertThat(s.published()).isNull());
    }

    @Test
    void eachOutletIsASourceCitedByTheArticle() {
        assertThat(dataset.sources()).extracting(Source::outlet).contains("Bloomberg", "TechCrunch",
                "The Wall Street Journal");
        assertThat(dataset.sources()).filteredOn(s -> s.kind().equals("podcast")).singleElement()
                .satisfies(s -> assertThat(s.participants()).containsExactlyInAnyOrder("sam-altman", "jack-altman"));
    }
}
