package io.talentgraph.connect;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The database refused or failed a statement: a syntax error, a constraint violation, a write in a read
 * transaction. {@link #code()} carries Neo4j's status code, e.g. {@code Neo.ClientError.Statement.SyntaxError}.
 */
@API(status = STABLE, since = "0.1.0")
public class QueryFailedException extends TalentGraphException {

    private final String code;

    /**
     * @param code    Neo4j's status code, or {@code null} when unknown
     * @param message the database's explanation
     * @param cause   the underlying failure
     */
    public QueryFailedException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** @return Neo4j's status code, or {@code null} */
    public String code() {
        return code;
    }

    /** @return whether the database refused a write because the transaction was read-only */
    public boolean isWriteInReadMode() {
        return code != null && (code.endsWith("AccessMode") || code.endsWith("ForbiddenOnReadOnlyDatabase")
                || code.contains("Security.Forbidden"));
    }
}
