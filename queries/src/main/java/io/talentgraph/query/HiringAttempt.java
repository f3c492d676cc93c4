package io.talentgraph.query;

/**
 * A reported attempt to recruit someone. An attempt that failed is not a hire.
 *
 * @param organization who tried
 * @param person       whom they tried to recruit
 * @param outcome      {@code failed}, {@code succeeded}, {@code pending} or {@code unknown}
 * @param employer     where the person works according to the graph, or {@code null}
 * @param provenance   sources and evidence
 */
public record HiringAttempt(EntityRef organization, EntityRef person, String outcome, EntityRef employer,
                            Provenance provenance) {
}
