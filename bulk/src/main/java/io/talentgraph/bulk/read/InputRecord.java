package io.talentgraph.bulk.read;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an input file: a JSON Lines line or a CSV row, as the JSON object of one dataset entry.
 *
 * @param ordinal 1-based position among the file's records (blank lines not counted); checkpoints count these
 * @param line    1-based line the record starts on, for messages
 * @param node    the entry, or {@code null} when the record could not be read
 * @param error   why it could not be read, or {@code null}
 * @param field   the field the error is about, or {@code null}
 */
public record InputRecord(long ordinal, long line, JsonNode node, String error, String field) {
}
