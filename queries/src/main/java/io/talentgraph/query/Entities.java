package io.talentgraph.query;

import io.talentgraph.connect.GraphNode;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.PartialDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How the queries' Cypher hands entities and dates back to Java: the map projection every statement writes for a
 * node, and the readers that turn the projection, a path's node or a stored date into the answer's types. Kept out of
 * the public values, so that an {@link EntityRef} is a value and nothing else.
 */
final class Entities {

    /** The labels that say what an entity is, in the order a node with several is named by. */
    static final List<NodeLabel> KINDS = List.of(NodeLabel.PERSON, NodeLabel.ORGANIZATION, NodeLabel.PRODUCT,
            NodeLabel.CLAIM, NodeLabel.HIRING_GROUP, NodeLabel.SOURCE);

    /** Cypher map projection that {@link #of(Object)} reads; {@code %1$s} is the node variable. */
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

    /**
     * @param node a node of a path
     * @return the reference, named as {@link #project(String)} names it
     */
    static EntityRef of(GraphNode node) {
        Map<String, Object> p = node.properties();
        NodeLabel kind = KINDS.stream().filter(k -> node.labels().contains(k.cypherName())).findFirst()
                .orElseGet(() -> node.labels().stream().map(NodeLabel::find).flatMap(java.util.Optional::stream)
                        .findFirst().orElse(null));
        Object name = p.getOrDefault("name", p.getOrDefault("summary", p.get("count") + " " + p.getOrDefault("role", "hires")));
        return new EntityRef((String) p.get("id"), kind, String.valueOf(name), (String) p.get("nameAr"));
    }

    /**
     * @param value a date as the graph holds it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} text (what the
     *              loader writes), a Cypher date, or {@code null}
     * @return the date with its precision, or {@code null} when there is none or the text is no such date (a value
     *         written by hand in another form)
     */
    static PartialDate date(Object value) {
        if (value instanceof LocalDate day) {
            return new PartialDate(day.toString(), PartialDate.Precision.DAY);
        }
        if (value instanceof String text) {
            try {
                return PartialDate.parse(text.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
