package io.talentgraph.dataset;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A dataset failed validation. Nothing was written. {@link #problems()} lists every problem found, each
 * with file, line and field; the message prints them one per line.
 */
@API(status = STABLE, since = "0.1.0")
public class InvalidDatasetException extends TalentGraphException {

    private final transient List<DatasetProblem> problems;

    /** @param problems what is wrong, at least one */
    public InvalidDatasetException(List<DatasetProblem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in file order */
    public List<DatasetProblem> problems() {
        return problems;
    }

    private static String format(List<DatasetProblem> problems) {
        String file = problems.isEmpty() ? "dataset" : problems.get(0).file();
        return "Dataset " + file + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "); nothing was loaded:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
