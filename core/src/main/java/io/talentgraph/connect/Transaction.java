package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Runs parameterized Cypher inside one transaction and returns rows of plain Java values: {@code String},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code List}, {@code Map}, {@code java.time} temporals,
 * and {@link GraphNode}, {@link GraphRelationship} and {@link GraphPath} for graph entities.
 */
@API(status = STABLE, since = "0.1.0")
public interface Transaction {

    /**
     * @param cypher     the statement; values always travel as parameters, never inside the text
     * @param parameters the parameters by name
     * @return all result rows, materialized
     */
    List<Row> run(String cypher, Map<String, ?> parameters);

    /**
     * Runs a statement that takes no parameters.
     *
     * @param cypher the statement
     * @return all result rows, materialized
     */
    default List<Row> run(String cypher) {
        return run(cypher, Map.of());
    }
}
