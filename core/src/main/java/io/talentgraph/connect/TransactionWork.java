package io.talentgraph.connect;

/**
 * The body of a transaction: given a way to run Cypher, compute a result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionWork<T> {

    /**
     * @param tx runs statements inside the current transaction
     * @return the result of the work
     */
    T execute(Transaction tx);
}
