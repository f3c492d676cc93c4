package io.talentgraph.load;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Two entities of the same kind that the graph holds under different ids and whose names are likely the same
 * entity's, for a person to confirm with {@link EntityMerges#merge} or to keep apart with {@code distinctFrom}.
 *
 * @param kind       {@code Person}, {@code Organization} or {@code Product}
 * @param firstId    the id of one
 * @param firstName  its name
 * @param secondId   the id of the other
 * @param secondName its name
 * @param score      0 to 1: the closest pair of their names, across scripts where they differ
 * @param evidence   which names matched, and by which rule
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record LikelyDuplicate(String kind, String firstId, String firstName, String secondId, String secondName,
                              double score, String evidence) {
}
