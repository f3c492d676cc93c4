package io.talentgraph.load;

import io.talentgraph.dataset.DatasetProblem;
import io.talentgraph.dataset.InvalidDatasetException;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A dataset introduces, under a new id, a person, organization or product the graph already holds under
 * another (or names in {@code sameAs} a node that does not exist). Nothing was written: the dataset must
 * use the existing id, declare {@code sameAs: existing-id}, or declare {@code distinctFrom: [existing-id]}.
 */
@API(status = STABLE, since = "0.1.0")
public class DuplicateEntityException extends InvalidDatasetException {

    private final transient List<Match> matches;

    /**
     * One entry of the dataset and the node it likely is.
     *
     * @param entryId    the entry's id in the dataset
     * @param existingId the id of the node already in the graph
     * @param label      that node's label
     * @param evidence   which names matched, and how
     * @param datasets   the datasets the existing node came from
     */
    public record Match(String entryId, String existingId, String label, String evidence, List<String> datasets) {
        /**
         * Defensive copy.
         *
         * @param entryId    the entry's id in the dataset
         * @param existingId the id of the node already in the graph
         * @param label      that node's label
         * @param evidence   which names matched, and how
         * @param datasets   the datasets the existing node came from
         */
        public Match {
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * @param problems every problem, each naming the entry's file, line and field
     * @param matches  the likely duplicates among them
     */
    public DuplicateEntityException(List<DatasetProblem> problems, List<Match> matches) {
        super(problems);
        this.matches = List.copyOf(matches);
    }

    /** @return the likely duplicates, with their evidence */
    public List<Match> matches() {
        return matches;
    }
}
