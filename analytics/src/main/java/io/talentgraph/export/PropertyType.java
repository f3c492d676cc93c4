package io.talentgraph.export;

import io.talentgraph.TalentGraphException;

import java.util.List;

/** The property value types exports keep apart: scalars and homogeneous lists of them. */
enum PropertyType {
    STRING("string", false),
    LONG("long", false),
    DOUBLE("double", false),
    BOOLEAN("boolean", false),
    STRING_LIST("string", true),
    LONG_LIST("long", true),
    DOUBLE_LIST("double", true),
    BOOLEAN_LIST("boolean", true);

    /** GraphML's {@code attr.type} (of the elements, for lists). */
    final String graphMl;
    final boolean list;

    PropertyType(String graphMl, boolean list) {
        this.graphMl = graphMl;
        this.list = list;
    }

    PropertyType element() {
        return switch (this) {
            case STRING_LIST -> STRING;
            case LONG_LIST -> LONG;
            case DOUBLE_LIST -> DOUBLE;
            case BOOLEAN_LIST -> BOOLEAN;
            default -> this;
        };
    }

    static PropertyType listOf(PropertyType element) {
        return switch (element) {
            case STRING -> STRING_LIST;
            case LONG -> LONG_LIST;
            case DOUBLE -> DOUBLE_LIST;
            case BOOLEAN -> BOOLEAN_LIST;
            default -> element;
        };
    }

    /**
     * @param value a property value
     * @return its type; an empty list counts as a list of strings
     */
    static PropertyType of(String name, Object value) {
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return LONG;
        }
        if (value instanceof Double || value instanceof Float) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return STRING_LIST;
            }
            PropertyType element = of(name, list.get(0));
            for (Object item : list) {
                if (of(name, item) != element) {
                    throw new TalentGraphException("Property '" + name + "' holds a list of mixed types " + list
                            + "; Neo4j stores only lists of one type.");
                }
            }
            return listOf(element);
        }
        throw new TalentGraphException("Property '" + name + "' has a value of type "
                + (value == null ? "null" : value.getClass().getSimpleName()) + " that exports do not handle.");
    }

    /** Parses one scalar written by {@link String#valueOf(Object)}. */
    Object parseScalar(String text) {
        return switch (element()) {
            case LONG -> Long.parseLong(text.trim());
            case DOUBLE -> Double.parseDouble(text.trim());
            case BOOLEAN -> Boolean.parseBoolean(text.trim());
            default -> text;
        };
    }
}
