package io.talentgraph;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The root of every error TalentGraph raises on purpose. Its message is written for the person who has
 * to act on it: what went wrong, where, and what to do.
 */
@API(status = STABLE, since = "0.1.0")
public class TalentGraphException extends RuntimeException {

    /**
     * @param message what went wrong, where, and what to do about it
     */
    public TalentGraphException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, where, and what to do about it
     * @param cause   the underlying failure
     */
    public TalentGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
