package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A product or model.
 *
 * @param id      stable slug
 * @param name    English name
 * @param nameAr  Arabic name, or {@code null}
 * @param aliases other names
 * @param kind    {@code model}, {@code chatbot}, {@code app} or {@code other}
 */
@API(status = STABLE, since = "0.1.0")
public record Product(String id, String name, String nameAr, List<String> aliases, String kind) {
    /**
     * Defensive copy.
     *
     * @param id      stable slug
     * @param name    English name
     * @param nameAr  Arabic name, or {@code null}
     * @param aliases other names
     * @param kind    {@code model}, {@code chatbot}, {@code app} or {@code other}
     */
    public Product {
        aliases = List.copyOf(aliases);
    }
}
