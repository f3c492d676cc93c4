package io.talentgraph.dataset;

import io.talentgraph.TalentGraphException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset failed validation. Nothing was written. {@link #problems()} lists every problem found, each
 * with file, line and field; the message prints them one per line.
 */
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
