package io.talentgraph.analytics;

import io.talentgraph.model.NodeLabel;
import io.talentgraph.query.EntityRef;
import io.talentgraph.query.Flow;
import io.talentgraph.query.FlowQuery;
import io.talentgraph.query.TalentQueries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Analytics on the article graph, in the embedded store that ships with Graph Data Science. */
class TalentAnalyticsIT {

    private final TalentAnalytics analytics = new TalentAnalytics(ArticleGraph.database());

    @Test
    void openAiLostFourResearchersToMetaAsTheArticleCounts() {
        Map<String, Long> flows = analytics.flows(TimeWindow.all(), false).stream()
                .collect(Collectors.toMap(f -> f.fromLabel() + "->" + f.to().id(), Flow::count));

        assertThat(flows).containsEntry("OpenAI->meta", 4L).containsEntry("Google DeepMind->meta", 2L)
                .containsEntry("(unspecified: rival companies)->meta", 9L);
    }

    @Test
    void flowsAgreeWithTheQueryApiPairByPair() {
        Map<String, Long> expected = new TalentQueries(ArticleGraph.database()).flow(FlowQuery.all().rolledUp()).items().stream()
                .collect(Collectors.toMap(f -> f.fromLabel() + "->" + f.to().id(), Flow::count));

        assertThat(analytics.flows(TimeWindow.all(), true)).extracting(f -> f.fromLabel() + "->" + f.to().id(), Flow::count)
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
        assertThat(analytics.flows(TimeWindow.all(), false)).filteredOn(f -> f.from() != null && f.from().id().equals("openai"))
                .singleElement().satisfies(f -> {
                    assertThat(f.named()).isZero(); // Trapit Bansal is one of the four the group counts
                    assertThat(f.unnamed()).isEqualTo(4);
                });
    }

    @Test
    void metaIsTheTopNetGainerAndOpenAiTheBiggestLoser() {
        List<FlowBalance> balances = analytics.netFlow(TimeWindow.all(), false);

        assertThat(balances.get(0).organization().id()).isEqualTo("meta");
        assertThat(balances.get(0).gained()).isEqualTo(18);
        assertThat(balances.get(0).net()).isEqualTo(18);
        assertThat(balances.get(balances.size() - 1)).satisfies(b -> {
            assertThat(b.organization().id()).isEqualTo("openai");
            assertThat(b.net()).isEqualTo(-4);
        });
        assertThat(balances).extracting(b -> b.organization().id(), FlowBalance::lost)
                .contains(tuple("google-deepmind", 2L), tuple("anthropic", 1L), tuple("scale-ai", 1L), tuple("sesame-ai", 1L));
    }

    @Test
    void rolledUpGoogleLosesWhatGoogleDeepMindLost() {
        assertThat(analytics.netFlow(TimeWindow.all(), true)).extracting(b -> b.organization().id(), FlowBalance::net)
                .contains(tuple("google", -2L)).doesNotContain(tuple("google-deepmind", -2L));
    }

    @Test
    void theArticleGivesNoMonthSoAllEighteenHiresAreUndated() {
        assertThat(analytics.hiresPerMonth(TimeWindow.all(), false))
                .extracting(MonthlyHires::monthLabel, h -> h.hiredBy().id(), MonthlyHires::hires)
                .containsExactly(tuple("undated", "meta", 18L));
        assertThat(analytics.netFlow(TimeWindow.between(java.time.LocalDate.of(2025, 1, 1), null), false)).isEmpty();
    }

    @Test
    void metaIsTheMostCentralOrganizationAndPageRankCoversTheWholeNetwork() {
        NetworkAnalysis network = analytics.network();

        assertThat(network.gdsVersion()).startsWith("2.13");
        assertThat(network.pageRank()).hasSize((int) network.nodes());
        assertThat(network.pageRank().get(0).entity().id()).isEqualTo("meta");
        assertThat(network.pageRank()).extracting(c -> c.entity().kind())
                .contains(NodeLabel.PERSON, NodeLabel.ORGANIZATION, NodeLabel.HIRING_GROUP);
        // GDS's PageRank sums to the number of nodes (NetworkX's to 1): the notebook compares them on that scale
        assertThat(network.pageRank().stream().mapToDouble(Centrality::score).sum())
                .isCloseTo(network.nodes(), org.assertj.core.data.Offset.offset(0.05 * network.nodes()));
    }

    @Test
    void analyticsNamesAnEntityAsTheQueryApiDoes() {
        // the two modules each project nodes in their own package-private Cypher: they must agree
        Map<String, EntityRef> byId = analytics.network().pageRank().stream()
                .collect(Collectors.toMap(c -> c.entity().id(), Centrality::entity));
        TalentQueries queries = new TalentQueries(ArticleGraph.database());
        for (String name : List.of("Trapit Bansal", "Meta Superintelligence Labs", "Sam Altman", "Scale AI")) {
            EntityRef found = queries.search(name, 1).get(0).entity();
            assertThat(byId.get(found.id())).as(name).isEqualTo(found);
        }
    }

    @Test
    void trapitBansalIsTheNamedBridgeFromOpenAiToMeta() {
        List<Centrality> betweenness = analytics.network().betweenness();
        List<Centrality> people = betweenness.stream().filter(c -> c.entity().kind() == NodeLabel.PERSON).toList();

        assertThat(betweenness.get(0).entity().id()).isEqualTo("meta");
        assertThat(people.get(0).entity().id()).isEqualTo("trapit-bansal");
        assertThat(people.get(0).score()).isPositive();
        // people tied to a single organization lie on nobody's shortest path
        assertThat(people).filteredOn(c -> c.entity().id().equals("noam-brown")).singleElement()
                .extracting(Centrality::score).isEqualTo(0.0);
    }

    @Test
    void unnamedHiresWeighAsTheirCountSoTheElevenOutrankTheFour() {
        List<Centrality> groups = analytics.network().pageRank().stream()
                .filter(c -> c.entity().kind() == NodeLabel.HIRING_GROUP).toList();

        assertThat(groups).extracting(c -> c.entity().id())
                .containsExactly("eleven-researchers-from-rivals", "four-researchers-from-openai");
    }

    @Test
    void samAltmanHisBrotherAndOpenAiFormOneCommunity() {
        List<Community> communities = analytics.network().communities();

        assertThat(communities).isNotEmpty();
        assertThat(communities).filteredOn(c -> ids(c).contains("sam-altman")).singleElement()
                .satisfies(c -> assertThat(ids(c)).contains("jack-altman", "openai"));
        assertThat(communities.stream().mapToInt(Community::size).sum()).isEqualTo((int) analytics.network().nodes());
    }

    @Test
    void peiSunAndJackRaeAreAlikeBothLeftGoogleDeepMindForMeta() {
        List<SimilarPair> pairs = analytics.network().similarPeople();

        assertThat(pairs).anySatisfy(p -> {
            assertThat(List.of(p.first().id(), p.second().id())).containsExactlyInAnyOrder("jack-rae", "pei-sun");
            assertThat(p.similarity()).isEqualTo(1.0);
        });
        assertThat(pairs.get(0).similarity()).isEqualTo(1.0);
        assertThat(pairs).allSatisfy(p -> assertThat(p.first().id()).isNotEqualTo(p.second().id()));
    }

    private static List<String> ids(Community c) {
        return c.members().stream().map(EntityRef::id).toList();
    }
}
