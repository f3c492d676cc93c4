package io.talentgraph.query;

import io.talentgraph.TalentGraphException;

/** Nothing in the graph matches a name or id the caller gave. */
public class NotFoundException extends TalentGraphException {
    /** @param message what was looked for and how to find the right name */
    public NotFoundException(String message) {
        super(message);
    }
}
