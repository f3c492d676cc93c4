package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A named person.
 *
 * @param id      stable slug, e.g. {@code alexandr-wang}
 * @param name    English name
 * @param nameAr  Arabic name exactly as an Arabic source spells it, or {@code null}
 * @param aliases other names the person goes by
 * @param roles   {@code executive} and/or {@code researcher}, which become node labels
 */
@API(status = STABLE, since = "0.1.0")
public record Person(String id, String name, String nameAr, List<String> aliases, List<String> roles) {
    /**
     * Defensive copies.
     *
     * @param id      stable slug, e.g. {@code alexandr-wang}
     * @param name    English name
     * @param nameAr  Arabic name exactly as an Arabic source spells it, or {@code null}
     * @param aliases other names the person goes by
     * @param roles   {@code executive} and/or {@code researcher}, which become node labels
     */
    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
