package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A verbatim quote from a source's text that supports a fact.
 *
 * @param quote the words exactly as the source has them (whitespace may differ)
 * @param en    an English rendering for readers who do not read the source's language, or {@code null}
 * @param start where the quote starts in the source's text, in Unicode code points from 0, or {@code null}
 * @param end   where it ends (exclusive), in code points, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record Evidence(String quote, String en, Integer start, Integer end) {
    /**
     * Requires the quote; offsets come in pairs.
     *
     * @param quote the words exactly as the source has them (whitespace may differ)
     * @param en    an English rendering for readers who do not read the source's language, or {@code null}
     * @param start where the quote starts in the source's text, in Unicode code points from 0, or {@code null}
     * @param end   where it ends (exclusive), in code points, or {@code null}
     */
    public Evidence {
        Objects.requireNonNull(quote, "quote");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end go together");
        }
    }

    /**
     * A quote without offsets, as hand-written datasets give it.
     *
     * @param quote the words exactly as the source has them
     * @param en    an English rendering, or {@code null}
     */
    public Evidence(String quote, String en) {
        this(quote, en, null, null);
    }
}
