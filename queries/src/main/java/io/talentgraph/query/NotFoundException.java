package io.talentgraph.query;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** Nothing in the graph matches a name or id the caller gave. */
@API(status = STABLE, since = "0.1.0")
public class NotFoundException extends TalentGraphException {
    /** @param message what was looked for and how to find the right name */
    public NotFoundException(String message) {
        super(message);
    }
}
