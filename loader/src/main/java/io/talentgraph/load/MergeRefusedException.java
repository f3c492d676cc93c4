package io.talentgraph.load;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** A merge or unmerge that would lose or confuse facts was refused; the message says why and what to do. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class MergeRefusedException extends TalentGraphException {

    /** @param message what stands in the way, and what to do about it */
    public MergeRefusedException(String message) {
        super(message);
    }
}
