package io.talentgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of an exported graph.
 *
 * @param key        unique within the export: the node's main label and its {@code id}, e.g. {@code Person:pei-sun}
 * @param labels     its labels, main label first
 * @param properties its properties as plain Java values (String, Long, Double, Boolean, lists of those)
 */
public record ExportNode(String key, List<String> labels, Map<String, Object> properties) {

    /**
     * Defensive copies, keeping property order.
     *
     * @param key        unique within the export: the node's main label and its {@code id}, e.g. {@code Person:pei-sun}
     * @param labels     its labels, main label first
     * @param properties its properties as plain Java values (String, Long, Double, Boolean, lists of those)
     */
    public ExportNode {
        Objects.requireNonNull(key, "key");
        labels = List.copyOf(labels);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** @return the main label, e.g. {@code Person} */
    public String mainLabel() {
        return labels.get(0);
    }
}
