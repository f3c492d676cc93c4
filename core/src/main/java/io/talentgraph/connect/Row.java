package io.talentgraph.connect;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One result row: column names in query order mapped to plain Java values (see {@link Transaction}).
 *
 * @param values the columns of the row, in the order the query returned them
 */
@API(status = STABLE, since = "0.1.0")
public record Row(Map<String, Object> values) {

    /**
     * Copies the values, keeping column order; nulls are allowed, as Cypher returns them.
     *
     * @param values the columns of the row, in the order the query returned them
     */
    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param column a column name
     * @return its value, or {@code null}
     */
    public Object get(String column) {
        requireColumn(column);
        return values.get(column);
    }

    /**
     * @param column a column name
     * @return its value as a string, or {@code null}
     */
    public String string(String column) {
        Object v = get(column);
        return v == null ? null : v.toString();
    }

    /**
     * @param column a column holding an integer
     * @return its value, or {@code null}
     */
    public Long longValue(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).longValue();
    }

    /**
     * @param column a column holding a boolean
     * @return its value, or {@code null}
     */
    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    /**
     * @param column a column holding a list of strings
     * @return its value, empty when null
     */
    @SuppressWarnings("unchecked")
    public List<String> strings(String column) {
        Object v = get(column);
        return v == null ? List.of() : ((List<Object>) v).stream().map(String::valueOf).toList();
    }

    /**
     * @param column a column holding a map
     * @return its value, empty when null
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String column) {
        Object v = get(column);
        return v == null ? Map.of() : (Map<String, Object>) v;
    }

    /**
     * @param column a column holding a list of maps
     * @return its value, empty when null
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> maps(String column) {
        Object v = get(column);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    private void requireColumn(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("No column '" + column + "' in row; columns are " + values.keySet());
        }
    }
}
