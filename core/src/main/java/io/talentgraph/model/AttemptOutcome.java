package io.talentgraph.model;

import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How a reported recruitment attempt ({@link RelType#TRIED_TO_HIRE}) ended, as the dataset writes it in
 * {@code outcome}: {@code failed}, {@code succeeded}, {@code pending} or {@code unknown}. An attempt that failed is
 * not a hire.
 */
@API(status = STABLE, since = "0.1.0")
public enum AttemptOutcome {
    /** The person was not hired. */
    FAILED,
    /** The person was hired. */
    SUCCEEDED,
    /** Not decided when the source was written. */
    PENDING,
    /** The source does not say, or the graph holds no outcome. */
    UNKNOWN;

    /** @return the outcome as the dataset and the graph write it, e.g. {@code failed} */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text an outcome as the graph holds it ({@code failed}, {@code succeeded}, {@code pending},
     *             {@code unknown}), in any case; {@code null} for none
     * @return the outcome; {@link #UNKNOWN} for {@code null} or a word that is none of the four
     */
    public static AttemptOutcome of(String text) {
        if (text != null) {
            for (AttemptOutcome outcome : values()) {
                if (outcome.text().equalsIgnoreCase(text.strip())) {
                    return outcome;
                }
            }
        }
        return UNKNOWN;
    }

    /** @return {@link #text()}, e.g. {@code failed} */
    @Override
    public String toString() {
        return text();
    }
}
