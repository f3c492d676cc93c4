package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A sum of money as the source states it.
 *
 * @param value     the number, exactly as written (no floating-point rounding)
 * @param currency  ISO 4217 code, e.g. {@code USD}
 * @param qualifier {@code exact}, {@code about}, {@code up-to} or {@code more-than}
 */
@API(status = STABLE, since = "0.1.0")
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
