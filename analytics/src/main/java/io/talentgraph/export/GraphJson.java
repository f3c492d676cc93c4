package io.talentgraph.export;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.talentgraph.TalentGraphException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph as one JSON document: {@code {"format": "talentgraph-graph/1", "nodes": [{"key", "labels",
 * "properties"}], "relationships": [{"type", "start", "end", "properties"}]}}. Whole numbers stay whole
 * and decimals stay decimal, so reading it back restores each property's type.
 */
public final class GraphJson {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "talentgraph-graph/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private GraphJson() {
    }

    /**
     * @param graph the graph
     * @param out   where to write; closed by the caller
     */
    public static void write(GraphSnapshot graph, Writer out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("nodes", graph.nodes());
        doc.put("relationships", graph.relationships());
        try {
            JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, doc);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot write the JSON export: " + e.getMessage(), e);
        }
    }

    /**
     * @param in     a document written by {@link #write}
     * @param origin the file name, for error messages
     * @return the graph
     * @throws TalentGraphException naming the line of anything it cannot read
     */
    public static GraphSnapshot read(Reader in, String origin) {
        JsonNode doc;
        try {
            doc = JSON.readTree(in);
        } catch (JsonParseException e) {
            throw new TalentGraphException(origin + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TalentGraphException("Cannot read " + origin + ": " + e.getMessage(), e);
        }
        if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
            throw new TalentGraphException(origin + ": not a TalentGraph graph export (its \"format\" must be \"" + FORMAT
                    + "\"); GraphJson.write writes one");
        }
        List<ExportNode> nodes = new ArrayList<>();
        int i = 0;
        for (JsonNode n : doc.path("nodes")) {
            String where = origin + ": nodes[" + i++ + "]";
            List<String> labels = new ArrayList<>();
            n.path("labels").forEach(l -> labels.add(l.asText()));
            if (!n.hasNonNull("key") || labels.isEmpty()) {
                throw new TalentGraphException(where + ": needs a \"key\" and at least one label in \"labels\".");
            }
            nodes.add(new ExportNode(n.get("key").asText(), labels, properties(n.path("properties"), where)));
        }
        List<ExportRelationship> rels = new ArrayList<>();
        i = 0;
        for (JsonNode r : doc.path("relationships")) {
            String where = origin + ": relationships[" + i++ + "]";
            for (String field : List.of("type", "start", "end")) {
                if (!r.hasNonNull(field)) {
                    throw new TalentGraphException(where + ": needs \"" + field + "\".");
                }
            }
            rels.add(new ExportRelationship(r.get("type").asText(), r.get("start").asText(), r.get("end").asText(),
                    properties(r.path("properties"), where)));
        }
        return GraphSnapshot.sorted(nodes, rels);
    }

    private static Map<String, Object> properties(JsonNode props, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = props.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            out.put(f.getKey(), value(f.getValue(), where + ".properties." + f.getKey()));
        }
        return out;
    }

    private static Object value(JsonNode v, String where) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (item.isArray() || item.isObject() || item.isNull()) {
                    throw new TalentGraphException(where + ": list items must be strings, numbers or booleans.");
                }
                items.add(value(item, where));
            }
            return items;
        }
        throw new TalentGraphException(where + ": a property must be a string, number, boolean or list of those, not "
                + v.getNodeType().name().toLowerCase() + ".");
    }
}
