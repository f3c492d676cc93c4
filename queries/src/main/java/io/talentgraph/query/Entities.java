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

    /**
     * Cypher map projection that {@link #of(Object)} reads; {@code %1$s} is the node variable. Only the node's
     * properties and labels: which label says the entity's kind and which property names it is decided in Java, so
     * that the projection, written two or three times into nearly every statement, costs the statement's planning
     * little: in a fresh JVM, which plans each statement anew, the demo's statements took 15-16 % less of the process's
     * CPU time without the expressions it used to compute (docs/benchmarks.md).
     */
    private static final String PROJECTION = "%1$s {.id, .name, .nameAr, .summary, .count, .role, .outlet, .titleEn, "
            + "labels: labels(%1$s)}";

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
        return new EntityRef((String) m.get("id"), kind((List<Object>) m.get("labels")), name(m), (String) m.get("nameAr"));
    }

    /** The first of the node's labels, in the order Cypher's {@code labels()} gives them, that says a kind. */
    private static NodeLabel kind(List<Object> labels) {
        if (labels != null) {
            for (Object label : labels) {
                for (NodeLabel kind : KINDS) {
                    if (kind.cypherName().equals(label)) {
                        return kind;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The name, the summary (a claim), the count and role (a counted group, e.g. {@code 11 AI researchers}), the outlet
     * (a source) or the English title (a source): the first the node has.
     */
    private static String name(Map<String, Object> m) {
        if (m.get("name") != null) {
            return (String) m.get("name");
        }
        if (m.get("summary") != null) {
            return (String) m.get("summary");
        }
        Object count = m.get("count");
        if (count != null) {
            Object role = m.get("role");
            return count + " " + (role == null ? "hires" : role);
        }
        return m.get("outlet") != null ? (String) m.get("outlet") : (String) m.get("titleEn");
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
