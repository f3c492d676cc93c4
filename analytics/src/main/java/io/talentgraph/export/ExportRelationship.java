package io.talentgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A relationship of an exported graph.
 *
 * @param type       its type, e.g. {@code HIRED_FROM}
 * @param start      the {@link ExportNode#key()} of its start node
 * @param end        the key of its end node
 * @param properties its properties as plain Java values
 */
public record ExportRelationship(String type, String start, String end, Map<String, Object> properties) {

    /**
     * Defensive copy, keeping property order.
     *
     * @param type       its type, e.g. {@code HIRED_FROM}
     * @param start      the {@link ExportNode#key()} of its start node
     * @param end        the key of its end node
     * @param properties its properties as plain Java values
     */
    public ExportRelationship {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
