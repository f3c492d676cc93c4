package io.talentgraph.load;

import io.talentgraph.TalentGraphException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A merge or unmerge that would lose or confuse facts was refused; the message says why and what to do. When another
 * merge stands in the way, {@link #mergeToUndo()} names it, so that an application can offer to undo it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class MergeRefusedException extends TalentGraphException {

    private final String mergeToUndo;

    /** @param message what stands in the way, and what to do about it */
    public MergeRefusedException(String message) {
        this(message, null);
    }

    /**
     * @param message     what stands in the way, and what to do about it
     * @param mergeToUndo the id of the merge to undo first, or {@code null}
     */
    public MergeRefusedException(String message, String mergeToUndo) {
        super(message);
        this.mergeToUndo = mergeToUndo;
    }

    /** @return the id of the merge that must be undone first ({@link EntityMerges#unmerge}), when one must */
    public java.util.Optional<String> mergeToUndo() {
        return java.util.Optional.ofNullable(mergeToUndo);
    }
}
