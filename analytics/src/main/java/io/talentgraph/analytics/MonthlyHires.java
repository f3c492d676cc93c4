package io.talentgraph.analytics;

import io.talentgraph.query.EntityRef;

import java.time.YearMonth;

/**
 * How many people an organization hired in one month, each person counted once.
 *
 * @param month   the month, or {@code null} for hires whose source gives no month (undated, or only a year)
 * @param hiredBy the organization that hired them
 * @param hires   how many people, named and unnamed
 */
public record MonthlyHires(YearMonth month, EntityRef hiredBy, long hires) {

    /** @return {@code 2025-06}, or {@code undated} */
    public String monthLabel() {
        return month == null ? "undated" : month.toString();
    }
}
