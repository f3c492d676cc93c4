package io.talentgraph.dataset;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A company or a lab.
 *
 * @param id            stable slug
 * @param name          English name
 * @param nameAr        Arabic name as an Arabic source spells it, or {@code null}
 * @param aliases       other names
 * @param kind          {@code company} or {@code lab}
 * @param description   short English description, or {@code null}
 * @param descriptionAr the description in the Arabic source's words, or {@code null}
 */
@API(status = STABLE, since = "0.1.0")
public record Organization(String id, String name, String nameAr, List<String> aliases, String kind,
                           String description, String descriptionAr) {
    /**
     * Defensive copy.
     *
     * @param id            stable slug
     * @param name          English name
     * @param nameAr        Arabic name as an Arabic source spells it, or {@code null}
     * @param aliases       other names
     * @param kind          {@code company} or {@code lab}
     * @param description   short English description, or {@code null}
     * @param descriptionAr the description in the Arabic source's words, or {@code null}
     */
    public Organization {
        aliases = List.copyOf(aliases);
    }
}
