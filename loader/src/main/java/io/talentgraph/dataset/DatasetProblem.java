package io.talentgraph.dataset;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One thing wrong with a dataset, located so that a person can go and fix it.
 *
 * @param file    the dataset file (or resource) name
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param field   where in the document, as a path such as {@code facts[12].person}
 * @param message what is wrong and what to do
 */
@API(status = STABLE, since = "0.1.0")
public record DatasetProblem(String file, int line, int column, String field, String message) {

    /** @return {@code file:line:column: field: message}, the form editors and CI logs link to */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
