package io.talentgraph.query;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One page of an answer that can be large, read in a stable order by a unique key. Pass {@link #next()} to the
 * same request's {@code after(...)} to read the page that follows: a page never repeats or skips an item that
 * existed when the first page was read, even when items are added between pages (those added behind the cursor
 * are not shown; those added ahead of it are).
 *
 * @param items the items of this page, in key order; empty when nothing (more) matches
 * @param next  an opaque cursor (URL-safe text) to the next page, or {@code null} when this is the last page
 * @param <T>   the item type
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Page<T>(List<T> items, String next) {

    /**
     * Defensive copy.
     *
     * @param items the items of this page, in key order; empty when nothing (more) matches
     * @param next  an opaque cursor (URL-safe text) to the next page, or {@code null} when this is the last page
     */
    public Page {
        items = List.copyOf(items);
    }

    /** @return whether a page follows this one ({@link #next()} is not {@code null}) */
    public boolean hasNext() {
        return next != null;
    }
}
