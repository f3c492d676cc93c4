package io.talentgraph.connect;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The body of a transaction: given a way to run Cypher, compute a result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface TransactionWork<T> {

    /**
     * @param tx runs statements inside the current transaction
     * @return the result of the work
     */
    T execute(Transaction tx);
}
