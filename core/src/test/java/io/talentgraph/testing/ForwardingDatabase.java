package io.talentgraph.testing;

import io.talentgraph.connect.Database;
import io.talentgraph.connect.Row;
import io.talentgraph.connect.TransactionWork;

import java.util.List;
import java.util.Map;

/**
 * A {@link Database} that passes every call to a real one, for tests that make one call misbehave the way a lost
 * connection, a failing disk or a paused server would; the data still goes to the real database. Closing it leaves
 * the real database open.
 */
public class ForwardingDatabase implements Database {

    private final Database real;

    /** @param real where every call goes */
    public ForwardingDatabase(Database real) {
        this.real = real;
    }

    @Override
    public <T> T read(TransactionWork<T> work) {
        return real.read(work);
    }

    @Override
    public <T> T write(TransactionWork<T> work) {
        return real.write(work);
    }

    @Override
    public List<Row> runAutoCommit(String cypher, Map<String, ?> parameters) {
        return real.runAutoCommit(cypher, parameters);
    }

    @Override
    public String describe() {
        return real.describe();
    }

    @Override
    public void close() {
    }
}
