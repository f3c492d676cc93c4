package io.talentgraph.query;

import java.util.Map;

/**
 * A person, organization, product, claim, group or source as it appears in an answer.
 *
 * @param id     stable id
 * @param kind   the node's main label: {@code Person}, {@code Organization}, {@code Product}, {@code Claim},
 *               {@code HiringGroup} or {@code Source}
 * @param name   English name (a claim's summary, a group's description)
 * @param nameAr Arabic name, or {@code null}
 */
public record EntityRef(String id, String kind, String name, String nameAr) {

    /** Cypher map projection that {@link #of(Object)} reads; {@code $n} is the node variable. */
    static final String PROJECTION = "{id: %1$s.id, kind: head([l IN labels(%1$s) WHERE l IN "
            + "['Person', 'Organization', 'Product', 'Claim', 'HiringGroup', 'Source']]), "
            + "name: coalesce(%1$s.name, %1$s.summary, toString(%1$s.count) + ' ' + coalesce(%1$s.role, 'hires'), "
            + "%1$s.outlet, %1$s.titleEn), nameAr: %1$s.nameAr}";

    /**
     * @param variable a Cypher node variable
     * @return a Cypher map projection of that node that {@link #of(Object)} turns back into a reference
     */
    public static String project(String variable) {
        return PROJECTION.formatted(variable);
    }

    /**
     * @param value a map produced by {@link #project(String)}, or {@code null}
     * @return the reference, or {@code null} for {@code null}
     */
    @SuppressWarnings("unchecked")
    public static EntityRef of(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) value;
        return new EntityRef((String) m.get("id"), (String) m.get("kind"), (String) m.get("name"),
                (String) m.get("nameAr"));
    }

    /** @return the name, with the Arabic spelling after it when there is one */
    public String display() {
        return nameAr == null ? name : name + " (" + nameAr + ")";
    }
}
