package io.talentgraph.query;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Money put into an organization.
 *
 * @param investor   the organization or person who invested
 * @param target     the organization invested in
 * @param amount     the amount in {@code currency}
 * @param currency   ISO 4217 code
 * @param qualifier  {@code exact}, {@code about}, {@code up-to} or {@code more-than}
 * @param when       when, as the source says it, or {@code null}
 * @param provenance sources and evidence
 */
@API(status = STABLE, since = "0.1.0")
public record Investment(EntityRef investor, EntityRef target, Number amount, String currency, String qualifier,
                         String when, Provenance provenance) {
}
