package io.talentgraph.dataset;

import java.util.List;

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
