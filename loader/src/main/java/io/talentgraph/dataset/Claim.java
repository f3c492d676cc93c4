package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Something someone said that the graph keeps as a claim rather than as a fact: an offer they say was
 * made, an assessment. Who said it, and how, are {@code claimed} facts.
 *
 * @param id      stable slug
 * @param kind    {@code offer}, {@code assessment}, {@code denial} or {@code other}
 * @param summary the claim in one English sentence
 * @param amount  the sum it names, or {@code null}
 * @param about   ids of the organizations, people or products it concerns
 */
@API(status = STABLE, since = "0.1.0")
public record Claim(String id, String kind, String summary, Amount amount, List<String> about) {
    /**
     * Defensive copy.
     *
     * @param id      stable slug
     * @param kind    {@code offer}, {@code assessment}, {@code denial} or {@code other}
     * @param summary the claim in one English sentence
     * @param amount  the sum it names, or {@code null}
     * @param about   ids of the organizations, people or products it concerns
     */
    public Claim {
        about = List.copyOf(about);
    }
}
