package io.talentgraph.load;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One merge of two entities, as the graph records it: live until undone, kept as the audit trail afterwards.
 *
 * @param id            the merge's id, which {@link EntityMerges#unmerge} takes
 * @param kind          {@code Person}, {@code Organization} or {@code Product}
 * @param kept          the id of the entity that remains
 * @param merged        the id of the entity merged into it
 * @param reason        why, as the person who merged said
 * @param mergedAt      when, ISO-8601 UTC
 * @param undoneAt      when it was undone, or {@code null} while it holds
 * @param relationships how many relationships the merge moved to the kept entity
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record MergeRecord(String id, String kind, String kept, String merged, String reason, String mergedAt,
                          String undoneAt, long relationships) {

    /** @return whether the merge holds (it was not undone) */
    public boolean live() {
        return undoneAt == null;
    }
}
