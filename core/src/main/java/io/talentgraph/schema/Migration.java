package io.talentgraph.schema;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One versioned step of the schema: idempotent statements ({@code IF NOT EXISTS}) applied in order.
 *
 * @param version     a positive number, unique and increasing
 * @param description what the step adds, for people reading {@code :TalentGraphSchema} in the database
 * @param statements  schema commands, each run in its own transaction
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
