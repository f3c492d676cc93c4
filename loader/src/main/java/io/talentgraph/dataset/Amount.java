package io.talentgraph.dataset;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sum of money as the source states it.
 *
 * @param value     the number, exactly as written (no floating-point rounding)
 * @param currency  ISO 4217 code, e.g. {@code USD}
 * @param qualifier {@code exact}, {@code about}, {@code up-to} or {@code more-than}
 */
public record Amount(BigDecimal value, String currency, String qualifier) {
    /**
     * Requires value and currency; the qualifier defaults to {@code exact}.
     *
     * @param value     the number, exactly as written (no floating-point rounding)
     * @param currency  ISO 4217 code, e.g. {@code USD}
     * @param qualifier {@code exact}, {@code about}, {@code up-to} or {@code more-than}; {@code null} for
     *                  {@code exact}
     */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        qualifier = qualifier == null ? "exact" : qualifier;
    }
}
