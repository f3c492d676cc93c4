package io.talentgraph.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The dataset format's JSON Schema ({@value DatasetReader#SCHEMA_RESOURCE}), applied to a whole dataset or to
 * one entry of it, with messages a person can act on. The bulk reader validates each line against the entry
 * definitions of the same schema, so both inputs follow one set of rules.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DatasetSchema {

    /** The kinds of entry a dataset holds, each a definition under {@code $defs} of the schema. */
    public enum Entry {
        /** {@code $defs/source}. */
        SOURCE("source"),
        /** {@code $defs/person}. */
        PERSON("person"),
        /** {@code $defs/organization}. */
        ORGANIZATION("organization"),
        /** {@code $defs/product}. */
        PRODUCT("product"),
        /** {@code $defs/claim}. */
        CLAIM("claim"),
        /** {@code $defs/fact}. */
        FACT("fact");

        private final String definition;

        Entry(String definition) {
            this.definition = definition;
        }

        /** @return the name of its definition under {@code $defs} */
        public String definition() {
            return definition;
        }
    }

    private static final JsonSchema WHOLE = load();
    private static final Map<Entry, JsonSchema> ENTRIES = entries();

    private DatasetSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SCHEMA_RESOURCE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException("The dataset JSON Schema is missing from the classpath", e);
        }
    }

    private static Map<Entry, JsonSchema> entries() {
        Map<Entry, JsonSchema> map = new EnumMap<>(Entry.class);
        for (Entry entry : Entry.values()) {
            map.put(entry, WHOLE.getRefSchema(new JsonNodePath(PathType.JSON_POINTER).append("$defs").append(entry.definition)));
        }
        return map;
    }

    /**
     * Validates a whole dataset document.
     *
     * @param root     the document
     * @param problems receives each violation by JSON Pointer
     */
    public static void validate(JsonNode root, EntryBinder.Problems problems) {
        report(WHOLE, root, "", problems);
    }

    /**
     * Validates one entry against its definition.
     *
     * @param entry    what kind of entry it is
     * @param node     the entry
     * @param pointer  where it is, prefixed to every reported pointer ({@code ""} for a line of its own)
     * @param problems receives each violation by JSON Pointer
     * @return whether it is valid
     */
    public static boolean validate(Entry entry, JsonNode node, String pointer, EntryBinder.Problems problems) {
        return report(ENTRIES.get(entry), node, pointer, problems);
    }

    private static boolean report(JsonSchema schema, JsonNode root, String prefix, EntryBinder.Problems problems) {
        boolean valid = true;
        for (ValidationMessage message : schema.validate(root)) {
            valid = false;
            String pointer = message.getInstanceLocation().toString();
            String text = message.getMessage();
            int colon = text.indexOf(": ");
            if (colon >= 0 && text.substring(0, colon).equals(pointer)) {
                text = text.substring(colon + 2);
            }
            if ("pattern".equals(message.getType()) && text.contains("a-z0-9")) {
                JsonNode value = root.at(pointer);
                text = "'" + (value == null ? "" : value.asText()) + "' is not a valid id: use lower-case letters, "
                        + "digits and single hyphens, e.g. alexandr-wang";
            }
            if (message.getProperty() != null
                    && ("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))) {
                pointer = pointer + "/" + message.getProperty().replace("~", "~0").replace("/", "~1");
            }
            problems.add(prefix + pointer, text);
        }
        return valid;
    }

    /**
     * @param pointer a JSON Pointer such as {@code /facts/12/person}
     * @return the path people read in messages, {@code facts[12].person}
     */
    public static String path(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.matches("\\d+")) {
                sb.append('[').append(part).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
