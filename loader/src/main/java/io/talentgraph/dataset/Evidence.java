package io.talentgraph.dataset;

import java.util.Objects;

/**
 * A verbatim quote from a source's text that supports a fact.
 *
 * @param quote the words exactly as the source has them (whitespace may differ)
 * @param en    an English rendering for readers who do not read the source's language, or {@code null}
 */
public record Evidence(String quote, String en) {
    /** Requires the quote. */
    public Evidence {
        Objects.requireNonNull(quote, "quote");
    }
}
