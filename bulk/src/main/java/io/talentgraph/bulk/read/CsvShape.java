package io.talentgraph.bulk.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentgraph.dataset.DatasetReader;
import io.talentgraph.dataset.DatasetSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a CSV row becomes the JSON object of a dataset entry. The column kinds come from the dataset's JSON Schema,
 * so CSV and JSON Lines follow the same format:
 * <ul>
 *   <li>a list (aliases, roles, sources, citedBy...) is one cell with items separated by {@code |}; a literal
 *       {@code |} or {@code \} inside an item is written {@code \|} or {@code \\};</li>
 *   <li>evidence is two list cells, {@code evidence} (the quotes) and {@code evidenceEn} (their English
 *       renderings, paired by position; an empty item means none);</li>
 *   <li>an amount is three cells, {@code amount.value}, {@code amount.currency}, {@code amount.qualifier};</li>
 *   <li>{@code true}/{@code false} and whole numbers are read as such where the schema expects them;</li>
 *   <li>an empty cell is a missing value.</li>
 * </ul>
 */
public final class CsvShape {

    /** The list separator inside a cell. */
    public static final char LIST_SEPARATOR = '|';

    private enum Kind { TEXT, LIST, BOOLEAN, INTEGER, NUMBER }

    private static final Map<DatasetSchema.Entry, Map<String, Kind>> KINDS = kinds();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Kind> kinds;

    /** @param entry the kind of entry the file holds */
    public CsvShape(DatasetSchema.Entry entry) {
        this.kinds = KINDS.get(entry);
    }

    private static Map<DatasetSchema.Entry, Map<String, Kind>> kinds() {
        JsonNode schema;
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SCHEMA_RESOURCE)) {
            schema = JsonLinesReader.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The dataset JSON Schema is missing from the classpath", e);
        }
        JsonNode defs = schema.path("$defs");
        Map<DatasetSchema.Entry, Map<String, Kind>> out = new EnumMap<>(DatasetSchema.Entry.class);
        for (DatasetSchema.Entry entry : DatasetSchema.Entry.values()) {
            Map<String, Kind> kinds = new HashMap<>();
            defs.path(entry.definition()).path("properties").fields().forEachRemaining(p -> {
                JsonNode property = resolve(defs, p.getValue());
                String type = property.path("type").asText();
                if ("object".equals(type)) {
                    resolve(defs, property).path("properties").fields().forEachRemaining(inner -> {
                        String innerType = resolve(defs, inner.getValue()).path("type").asText();
                        kinds.put(p.getKey() + "." + inner.getKey(), kindOf(innerType));
                    });
                } else {
                    kinds.put(p.getKey(), kindOf(type));
                }
            });
            out.put(entry, kinds);
        }
        return out;
    }

    private static JsonNode resolve(JsonNode defs, JsonNode property) {
        JsonNode at = property;
        while (at.has("$ref")) {
            String ref = at.path("$ref").asText();
            JsonNode next = defs.path(ref.substring(ref.lastIndexOf('/') + 1));
            JsonNode merged = next.deepCopy();
            at.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    ((ObjectNode) merged).set(f.getKey(), f.getValue());
                }
            });
            at = merged;
        }
        return at;
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "array" -> Kind.LIST;
            case "boolean" -> Kind.BOOLEAN;
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            default -> Kind.TEXT;
        };
    }

    /**
     * @param header column names
     * @param cells  the row's cells, as many as the header
     * @return the entry; cells that do not fit their kind are kept as text for the schema to report
     */
    public ObjectNode toEntry(String[] header, String[] cells) {
        ObjectNode node = NODES.objectNode();
        List<String> quotes = null;
        List<String> english = null;
        for (int i = 0; i < header.length; i++) {
            String name = header[i];
            String cell = cells[i];
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (name.equals("evidence")) {
                quotes = split(cell);
                continue;
            }
            if (name.equals("evidenceEn")) {
                english = split(cell);
                continue;
            }
            Kind kind = kinds.getOrDefault(name, Kind.TEXT);
            ObjectNode target = node;
            String key = name;
            int dot = name.indexOf('.');
            if (dot > 0) {
                JsonNode parent = node.get(name.substring(0, dot));
                target = parent instanceof ObjectNode o ? o : node.putObject(name.substring(0, dot));
                key = name.substring(dot + 1);
            }
            switch (kind) {
                case LIST -> {
                    ArrayNode array = target.putArray(key);
                    split(cell).forEach(array::add);
                }
                case BOOLEAN -> {
                    if (cell.equals("true") || cell.equals("false")) {
                        target.put(key, Boolean.parseBoolean(cell));
                    } else {
                        target.put(key, cell);
                    }
                }
                case INTEGER -> {
                    try {
                        target.put(key, Long.parseLong(cell));
                    } catch (NumberFormatException e) {
                        target.put(key, cell);
                    }
                }
                case NUMBER -> {
                    try {
                        target.put(key, new BigDecimal(cell));
                    } catch (NumberFormatException e) {
                        target.put(key, cell);
                    }
                }
                case TEXT -> target.put(key, cell);
            }
        }
        if (quotes != null || english != null) {
            ArrayNode evidence = node.putArray("evidence");
            List<String> q = quotes == null ? List.of() : quotes;
            for (int i = 0; i < q.size(); i++) {
                ObjectNode e = evidence.addObject().put("quote", q.get(i));
                if (english != null && i < english.size() && !english.get(i).isEmpty()) {
                    e.put("en", english.get(i));
                }
            }
        }
        return node;
    }

    /**
     * @param cell a list cell
     * @return its items, unescaped
     */
    public static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == LIST_SEPARATOR) {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    /**
     * @param items list items
     * @return one cell holding them, escaped
     */
    public static String join(List<String> items) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                cell.append(LIST_SEPARATOR);
            }
            String item = items.get(i);
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == '\\' || ch == LIST_SEPARATOR) {
                    cell.append('\\');
                }
                cell.append(ch);
            }
        }
        return cell.toString();
    }
}
