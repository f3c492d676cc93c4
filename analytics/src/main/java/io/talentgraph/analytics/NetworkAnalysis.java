package io.talentgraph.analytics;

import java.util.List;

/**
 * What Graph Data Science finds in the hiring network (see {@link TalentAnalytics#network()} for how the
 * network is built).
 *
 * @param gdsVersion    the GDS version that computed it
 * @param nodes         nodes in the projected network
 * @param ties          ties in it (undirected, parallel ties merged into one)
 * @param pageRank      every node by weighted PageRank, most central first
 * @param betweenness   every node by betweenness centrality (brokers between parts of the network) first
 * @param communities   Leiden communities, largest first
 * @param similarPeople pairs of people by node similarity, most alike first
 */
public record NetworkAnalysis(String gdsVersion, long nodes, long ties, List<Centrality> pageRank,
                              List<Centrality> betweenness, List<Community> communities, List<SimilarPair> similarPeople) {

    /**
     * Defensive copies.
     *
     * @param gdsVersion    the GDS version that computed it
     * @param nodes         nodes in the projected network
     * @param ties          ties in it (undirected, parallel ties merged into one)
     * @param pageRank      every node by weighted PageRank, most central first
     * @param betweenness   every node by betweenness centrality (brokers between parts of the network) first
     * @param communities   Leiden communities, largest first
     * @param similarPeople pairs of people by node similarity, most alike first
     */
    public NetworkAnalysis {
        pageRank = List.copyOf(pageRank);
        betweenness = List.copyOf(betweenness);
        communities = List.copyOf(communities);
        similarPeople = List.copyOf(similarPeople);
    }
}
