package io.talentgraph.query;

import io.talentgraph.model.AttemptOutcome;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A reported attempt to recruit someone. An attempt that failed is not a hire.
 *
 * @param organization who tried
 * @param person       whom they tried to recruit
 * @param outcome      how it ended; {@link AttemptOutcome#UNKNOWN} when the graph does not say
 * @param employer     where the person works according to the graph, or {@code null}
 * @param provenance   sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record HiringAttempt(EntityRef organization, EntityRef person, AttemptOutcome outcome, EntityRef employer,
                            Provenance provenance) {
}
