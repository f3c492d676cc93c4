package io.talentgraph.embedded;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import java.nio.file.Path;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The store is locked by another process (another embedded store on the same directory, or a server serving it):
 * Neo4j lets one process at a time open a store.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class StoreInUseException extends TalentGraphException {

    private final transient Path store;

    /**
     * @param store the store directory
     * @param cause Neo4j's lock failure
     */
    public StoreInUseException(Path store, Throwable cause) {
        super("The store at " + store + " is in use by another process. Close it there first, or reach the store "
                + "through that process (over Bolt, if it serves it).", cause);
        this.store = store;
    }

    /** @return the store directory */
    public Path store() {
        return store;
    }
}
