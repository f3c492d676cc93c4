package io.talentgraph.schema;

import java.util.List;

/**
 * One versioned step of the schema: idempotent statements ({@code IF NOT EXISTS}) applied in order.
 *
 * @param version     a positive number, unique and increasing
 * @param description what the step adds, for people reading {@code :TalentGraphSchema} in the database
 * @param statements  schema commands, each run in its own transaction
 */
public record Migration(int version, String description, List<String> statements) {
    /**
     * Defensive copy.
     *
     * @param version     a positive number, unique and increasing
     * @param description what the step adds, for people reading {@code :TalentGraphSchema} in the database
     * @param statements  schema commands, each run in its own transaction
     */
    public Migration {
        statements = List.copyOf(statements);
    }
}
