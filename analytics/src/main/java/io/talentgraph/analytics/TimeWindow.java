package io.talentgraph.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a question is about, both ends included; an open end is {@code null}.
 *
 * <p>A hire counts in a bounded window only when every day its date can mean lies inside it: a hire
 * dated {@code 2025-06} counts in June 2025 and in 2025, a hire dated only {@code 2025} counts in 2025
 * but not in June. Undated hires (the seed article gives none) count only in {@link #all()}.
 *
 * @param from the first day, or {@code null} for no lower bound
 * @param to   the last day, or {@code null} for no upper bound
 */
public record TimeWindow(LocalDate from, LocalDate to) {

    /**
     * Checks that the window is not empty.
     *
     * @param from the first day, or {@code null} for no lower bound
     * @param to   the last day, or {@code null} for no upper bound
     */
    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends (" + to + ") before it starts (" + from + ").");
        }
    }

    /** @return every hire, dated or not */
    public static TimeWindow all() {
        return new TimeWindow(null, null);
    }

    /**
     * @param from the first day, or {@code null}
     * @param to   the last day, or {@code null}
     * @return the window between them
     */
    public static TimeWindow between(LocalDate from, LocalDate to) {
        return new TimeWindow(from, to);
    }

    /**
     * @param month a calendar month
     * @return the window from its first to its last day
     */
    public static TimeWindow of(YearMonth month) {
        return new TimeWindow(month.atDay(1), month.atEndOfMonth());
    }

    /** @return whether this window takes every hire, undated ones included */
    public boolean isAll() {
        return from == null && to == null;
    }

    @Override
    public String toString() {
        return isAll() ? "all time" : (from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString());
    }
}
