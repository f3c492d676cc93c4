package io.talentgraph.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree read from YAML or JSON that remembers the line and column of every value, keyed by JSON
 * Pointer, so that errors found later (schema, references, quotes) can say where they are. Jackson's own
 * tree forgets locations, hence this reader.
 */
final class LocatedTree {

    /** A position in the file. */
    record Position(int line, int column) {
    }

    private static final int MAX_DEPTH = 64;

    private final JsonNode root;
    private final Map<String, Position> positions;
    private final List<String[]> duplicateKeys;
    private final List<String[]> unsupported;

    private LocatedTree(JsonNode root, Map<String, Position> positions, List<String[]> duplicateKeys,
                        List<String[]> unsupported) {
        this.root = root;
        this.positions = positions;
        this.duplicateKeys = duplicateKeys;
        this.unsupported = unsupported;
    }

    static LocatedTree read(JsonParser parser) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        List<String[]> duplicates = new ArrayList<>();
        List<String[]> unsupported = new ArrayList<>();
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new LocatedTree(null, positions, duplicates, unsupported);
        }
        JsonNode root = new Builder(parser, positions, duplicates, unsupported).value("", 0);
        if (parser.nextToken() != null) {
            // A second document would otherwise be dropped without a word.
            JsonLocation at = parser.currentTokenLocation();
            positions.put("/(second document)", new Position(at.getLineNr(), at.getColumnNr()));
            unsupported.add(new String[] {"/(second document)",
                    "a second YAML document starts here ('---'): a file holds one dataset; split it into two files"});
        }
        return new LocatedTree(root, positions, duplicates, unsupported);
    }

    /** @return pointers and explanations of YAML features a dataset must not use (anchors, aliases, tags) */
    List<String[]> unsupported() {
        return unsupported;
    }

    JsonNode root() {
        return root;
    }

    /** @return pointers of keys that appear twice in one mapping; the later one wins in the tree */
    List<String[]> duplicateKeys() {
        return duplicateKeys;
    }

    /** @return the position of the value at {@code pointer}, or of its nearest located parent */
    Position position(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null || p.isEmpty()) {
                return found == null ? new Position(0, 0) : found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static final class Builder {
        private final JsonParser p;
        private final Map<String, Position> positions;
        private final List<String[]> duplicates;
        private final List<String[]> unsupported;

        Builder(JsonParser p, Map<String, Position> positions, List<String[]> duplicates, List<String[]> unsupported) {
            this.p = p;
            this.positions = positions;
            this.duplicates = duplicates;
            this.unsupported = unsupported;
        }

        /** Aliases would copy entries the reader cannot locate; tags would ask for types no dataset has. */
        private void checkYamlFeatures(String pointer) throws IOException {
            if (!(p instanceof YAMLParser yaml)) {
                return;
            }
            if (yaml.isCurrentAlias()) {
                unsupported.add(new String[] {pointer, "YAML aliases (*" + yaml.getText()
                        + ") are not supported: write the entry out in full"});
            } else if (yaml.getObjectId() != null) {
                unsupported.add(new String[] {pointer, "YAML anchors (&" + yaml.getObjectId()
                        + ") are not supported: write each entry out in full"});
            }
            if (yaml.getTypeId() != null) {
                unsupported.add(new String[] {pointer, "YAML tags (" + yaml.getTypeId()
                        + ") are not supported: remove the tag; values are plain text, numbers or true/false"});
            }
        }

        JsonNode value(String pointer, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new NestingTooDeepException(pointer, p.currentTokenLocation());
            }
            JsonLocation at = p.currentTokenLocation();
            positions.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
            checkYamlFeatures(pointer);
            JsonNodeFactory f = JsonNodeFactory.instance;
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    ObjectNode object = f.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                        JsonLocation keyAt = p.currentTokenLocation();
                        p.nextToken();
                        if (object.has(name)) {
                            duplicates.add(new String[] {child, name});
                        }
                        object.set(name, value(child, depth + 1));
                        positions.putIfAbsent(child, new Position(keyAt.getLineNr(), keyAt.getColumnNr()));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = f.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(pointer + "/" + i++, depth + 1));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return f.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return f.numberNode(p.getBigIntegerValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return f.numberNode(p.getDecimalValue());
                }
                case VALUE_TRUE -> {
                    return f.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return f.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return f.nullNode();
                }
                default -> {
                    return f.textNode(p.getText());
                }
            }
        }
    }

    /** Input nested deeper than any dataset needs; refused before it can exhaust the stack. */
    static final class NestingTooDeepException extends IOException {
        final String pointer;
        final transient JsonLocation location;

        NestingTooDeepException(String pointer, JsonLocation location) {
            super("nested more than " + MAX_DEPTH + " levels deep");
            this.pointer = pointer;
            this.location = location;
        }
    }
}
