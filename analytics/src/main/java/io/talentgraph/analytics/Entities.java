package io.talentgraph.analytics;

import io.talentgraph.model.NodeLabel;
import io.talentgraph.query.EntityRef;

import java.util.List;
import java.util.Map;

/**
 * How the analytics' Cypher hands entities back to Java: the same map projection the query API writes for a node
 * (package-private there too, so that {@link EntityRef} stays a plain value), and its reader.
 * {@code TalentAnalyticsIT} checks that both name a node alike.
 */
final class Entities {

    private static final List<NodeLabel> KINDS = List.of(NodeLabel.PERSON, NodeLabel.ORGANIZATION, NodeLabel.PRODUCT,
            NodeLabel.CLAIM, NodeLabel.HIRING_GROUP, NodeLabel.SOURCE);

    private static final String PROJECTION = "{id: %1$s.id, kind: head([l IN labels(%1$s) WHERE l IN "
            + KINDS.stream().map(l -> "'" + l.cypherName() + "'").toList() + "]), "
            + "name: coalesce(%1$s.name, %1$s.summary, toString(%1$s.count) + ' ' + coalesce(%1$s.role, 'hires'), "
            + "%1$s.outlet, %1$s.titleEn), nameAr: %1$s.nameAr}";

    private Entities() {
    }

    /**
     * @param variable a Cypher node variable
     * @return a Cypher map projection of that node that {@link #of(Object)} turns back into a reference
     */
    static String project(String variable) {
        return PROJECTION.formatted(variable);
    }

    /**
     * @param value a map produced by {@link #project(String)}, or {@code null}
     * @return the reference, or {@code null} for {@code null}
     */
    @SuppressWarnings("unchecked")
    static EntityRef of(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) value;
        String kind = (String) m.get("kind");
        return new EntityRef((String) m.get("id"), kind == null ? null : NodeLabel.find(kind).orElse(null),
                (String) m.get("name"), (String) m.get("nameAr"));
    }
}
