package io.talentgraph.load;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What one load did.
 *
 * @param datasetId            the dataset loaded
 * @param facts                facts in the dataset
 * @param nodesCreated         nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param millis               time taken, validation excluded
 * @param attempts             how often the transaction ran: more than 1 when the database asked for a retry
 *                             (a deadlock with a concurrent load, a restart, a leader switch); 0 when the graph
 *                             already held this content and nothing was written
 */
@API(status = STABLE, since = "0.1.0")
public record LoadReport(String datasetId, int facts, long nodesCreated, long relationshipsCreated, long millis,
                         int attempts) {

    /** @return whether the graph already held the dataset's content, so the load wrote nothing */
    public boolean unchanged() {
        return attempts == 0;
    }

    /**
     * A report of a load that ran once.
     *
     * @param datasetId            the dataset loaded
     * @param facts                facts in the dataset
     * @param nodesCreated         nodes that did not exist before
     * @param relationshipsCreated relationships that did not exist before
     * @param millis               time taken, validation excluded
     */
    public LoadReport(String datasetId, int facts, long nodesCreated, long relationshipsCreated, long millis) {
        this(datasetId, facts, nodesCreated, relationshipsCreated, millis, 1);
    }
}
