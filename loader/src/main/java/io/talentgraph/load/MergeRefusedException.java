package io.talentgraph.load;

import io.talentgraph.TalentGraphException;

/** A merge or unmerge that would lose or confuse facts was refused; the message says why and what to do. */
public class MergeRefusedException extends TalentGraphException {

    /** @param message what stands in the way, and what to do about it */
    public MergeRefusedException(String message) {
        super(message);
    }
}
