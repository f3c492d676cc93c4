package io.talentgraph.model;

import org.apiguardian.api.API;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A calendar date known to a year, a month or a day: {@code 2025}, {@code 2025-04}, {@code 2025-04-14}.
 *
 * @param value     the date as written
 * @param precision how much of it is known
 */
@API(status = STABLE, since = "0.1.0")
public record PartialDate(String value, Precision precision) {

    /** How much of a date is known. */
    public enum Precision {
        /** Only the year. */
        YEAR,
        /** Year and month. */
        MONTH,
        /** The exact day. */
        DAY
    }

    /**
     * @param text {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return the parsed date
     * @throws IllegalArgumentException when the text is not one of those forms or not a real date
     */
    public static PartialDate parse(String text) {
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(String.valueOf(Integer.parseInt(text)), Precision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).toString(), Precision.MONTH);
                case 10 -> new PartialDate(LocalDate.parse(text).toString(), Precision.DAY);
                default -> throw new IllegalArgumentException(text);
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** @return the first day the date can mean, for ordering and comparisons */
    public LocalDate earliest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case DAY -> LocalDate.parse(value);
        };
    }

    /** @return the last day the date can mean */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case DAY -> LocalDate.parse(value);
        };
    }
}
