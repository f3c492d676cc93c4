package io.talentgraph.connect;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A Neo4j database TalentGraph reads and writes: an external server, cluster or Aura reached through the
 * driver ({@link Databases#connect(ServerConfig)}), or an in-process store (the {@code embedded} module).
 *
 * <p>Work is handed over as a function so that each implementation can run it as a managed transaction,
 * retried on transient failures (leader switches, deadlocks). The function may therefore run more than
 * once and must not have side effects outside the transaction.
 */
@API(status = STABLE, since = "0.1.0")
public interface Database extends AutoCloseable {

    /**
     * Runs {@code work} in a read transaction. The database enforces read access: a write inside it fails.
     *
     * @param work the transaction's body
     * @param <T>  what the work returns
     * @return the work's result
     */
    <T> T read(TransactionWork<T> work);

    /**
     * Runs {@code work} in a write transaction, committed when it returns and rolled back when it throws.
     *
     * @param work the transaction's body
     * @param <T>  what the work returns
     * @return the work's result
     */
    <T> T write(TransactionWork<T> work);

    /**
     * Runs one statement outside an explicit transaction, for statements that manage their own
     * transactions ({@code CALL { } IN TRANSACTIONS}) or schema commands.
     *
     * @param cypher     the statement
     * @param parameters its parameters
     * @return the result rows, with plain Java values
     */
    java.util.List<Row> runAutoCommit(String cypher, java.util.Map<String, ?> parameters);

    /** @return a short, password-free description for messages and logs, e.g. {@code embedded store at ...} */
    String describe();

    /** Releases the connection or shuts down the store. */
    @Override
    void close();
}
