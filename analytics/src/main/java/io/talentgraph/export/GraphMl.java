package io.talentgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentgraph.TalentGraphException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphML, as Gephi, yEd, Cytoscape and NetworkX read it. Each node carries {@code labels}
 * ({@code :Person:Researcher}, as APOC writes them) and {@code label} (a display name, English with the
 * Arabic after it); each edge carries {@code type} and {@code label}. Every property becomes a typed
 * {@code <data>}; lists are JSON arrays in a string attribute marked {@code attr.list} with their element
 * type (APOC's convention), so that reading the file back restores them. Text is UTF-8, Arabic as is.
 */
public final class GraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attribute names this format uses itself; a property by one of these names would be ambiguous. */
    private static final List<String> RESERVED = List.of("labels", "label", "type");

    private GraphMl() {
    }

    private record Key(String id, String domain, String name, PropertyType type) {
    }

    /**
     * @param graph the graph
     * @param out   where to write; closed by the caller
     */
    public static void write(GraphSnapshot graph, Writer out) {
        Map<String, Key> nodeKeys = keys("node", "n", graph.nodes().stream().map(ExportNode::properties).toList());
        Map<String, Key> edgeKeys = keys("edge", "e", graph.relationships().stream().map(ExportRelationship::properties).toList());
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            writeKey(xml, new Key("labels", "node", "labels", PropertyType.STRING));
            writeKey(xml, new Key("label", "node", "label", PropertyType.STRING));
            writeKey(xml, new Key("type", "edge", "type", PropertyType.STRING));
            writeKey(xml, new Key("edgelabel", "edge", "label", PropertyType.STRING));
            for (Key k : nodeKeys.values()) {
                writeKey(xml, k);
            }
            for (Key k : edgeKeys.values()) {
                writeKey(xml, k);
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "talentgraph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (ExportNode n : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.key());
                data(xml, "labels", ":" + String.join(":", n.labels()));
                data(xml, "label", displayName(n));
                writeProperties(xml, n.properties(), nodeKeys);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int e = 0;
            for (ExportRelationship r : graph.relationships()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + e++);
                xml.writeAttribute("source", r.start());
                xml.writeAttribute("target", r.end());
                data(xml, "type", r.type());
                data(xml, "edgelabel", r.type());
                writeProperties(xml, r.properties(), edgeKeys);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new TalentGraphException("Cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** One key per property name and type: a name whose values differ in type gets one key per type. */
    private static Map<String, Key> keys(String domain, String prefix, List<Map<String, Object>> all) {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (Map<String, Object> props : all) {
            props.forEach((name, value) -> {
                if (RESERVED.contains(name)) {
                    throw new TalentGraphException("A " + domain + " property is named '" + name + "', which GraphML "
                            + "exports use for their own attribute; rename the property before exporting.");
                }
                PropertyType type = PropertyType.of(name, value);
                String signature = name + "\u0000" + type;
                if (!keys.containsKey(signature)) {
                    boolean taken = keys.values().stream().anyMatch(k -> k.name().equals(name));
                    String id = prefix + "_" + name + (taken ? "_" + type.name().toLowerCase() : "");
                    keys.put(signature, new Key(id, domain, name, type));
                }
            });
        }
        return keys;
    }

    private static void writeKey(XMLStreamWriter xml, Key k) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", k.id());
        xml.writeAttribute("for", k.domain());
        xml.writeAttribute("attr.name", k.name());
        xml.writeAttribute("attr.type", k.type().list ? "string" : k.type().graphMl);
        if (k.type().list) {
            xml.writeAttribute("attr.list", k.type().graphMl);
        }
        xml.writeCharacters("\n");
    }

    private static void writeProperties(XMLStreamWriter xml, Map<String, Object> props, Map<String, Key> keys)
            throws XMLStreamException {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            Key key = keys.get(p.getKey() + "\u0000" + PropertyType.of(p.getKey(), p.getValue()));
            data(xml, key.id(), key.type().list ? json(p.getValue()) : String.valueOf(p.getValue()));
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TalentGraphException("Cannot write " + value + " as JSON", e);
        }
    }

    /** @return what a graph tool shows on the node: the name (or summary), with the Arabic name after it */
    static String displayName(ExportNode n) {
        Map<String, Object> p = n.properties();
        Object name = p.get("name");
        if (name == null) {
            name = p.containsKey("summary") ? p.get("summary")
                    : p.containsKey("count") ? p.get("count") + " " + p.getOrDefault("role", "hires")
                    : p.getOrDefault("outlet", p.getOrDefault("titleEn", n.key()));
        }
        Object ar = p.get("nameAr");
        return ar == null ? String.valueOf(name) : name + " (" + ar + ")";
    }

    /**
     * Reads a GraphML file written by {@link #write}, or by another tool when it keeps TalentGraph's
     * {@code labels} and {@code type} attributes.
     *
     * @param in     the GraphML text
     * @param origin the file name, for error messages
     * @return the graph
     * @throws TalentGraphException naming the line of anything it cannot read
     */
    public static GraphSnapshot read(Reader in, String origin) {
        Map<String, Key> keys = new LinkedHashMap<>();
        List<ExportNode> nodes = new ArrayList<>();
        List<ExportRelationship> rels = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml = factory.createXMLStreamReader(in);
            String element = null;
            String id = null;
            String source = null;
            String target = null;
            int line = 0;
            Map<String, String> data = new LinkedHashMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "key" -> {
                            String list = xml.getAttributeValue(null, "attr.list");
                            String type = list != null ? list : xml.getAttributeValue(null, "attr.type");
                            keys.put(xml.getAttributeValue(null, "id"), new Key(xml.getAttributeValue(null, "id"),
                                    xml.getAttributeValue(null, "for"), xml.getAttributeValue(null, "attr.name"),
                                    type(type, list != null, origin, xml.getLocation().getLineNumber())));
                        }
                        case "node", "edge" -> {
                            element = xml.getLocalName();
                            id = xml.getAttributeValue(null, "id");
                            source = xml.getAttributeValue(null, "source");
                            target = xml.getAttributeValue(null, "target");
                            line = xml.getLocation().getLineNumber();
                            data.clear();
                        }
                        case "data" -> {
                            if (element != null) {
                                data.put(xml.getAttributeValue(null, "key"), xml.getElementText());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                    String where = origin + ":" + line;
                    if (element.equals("node")) {
                        String labels = data.get("labels");
                        if (labels == null || labels.isBlank()) {
                            throw new TalentGraphException(where + ": node '" + id + "' has no 'labels' data "
                                    + "(e.g. <data key=\"labels\">:Person</data>); TalentGraph needs each node's labels.");
                        }
                        nodes.add(new ExportNode(id, List.of(labels.replaceFirst("^:", "").split(":")),
                                properties(data, keys, where)));
                    } else {
                        String type = data.get("type");
                        if (type == null) {
                            throw new TalentGraphException(where + ": edge " + source + " -> " + target
                                    + " has no 'type' data; TalentGraph needs each relationship's type.");
                        }
                        rels.add(new ExportRelationship(type, source, target, properties(data, keys, where)));
                    }
                    element = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new TalentGraphException(origin + ":" + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
                    + ": not well-formed GraphML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader cannot lose data
                }
            }
        }
        return GraphSnapshot.sorted(nodes, rels);
    }

    private static PropertyType type(String name, boolean list, String origin, int line) {
        PropertyType scalar = switch (name == null ? "string" : name) {
            case "string" -> PropertyType.STRING;
            case "long", "int", "integer" -> PropertyType.LONG;
            case "double", "float" -> PropertyType.DOUBLE;
            case "boolean" -> PropertyType.BOOLEAN;
            default -> throw new TalentGraphException(origin + ":" + line + ": unknown GraphML attribute type '" + name
                    + "'; use string, int, long, float, double or boolean.");
        };
        return list ? PropertyType.listOf(scalar) : scalar;
    }

    private static Map<String, Object> properties(Map<String, String> data, Map<String, Key> keys, String where) {
        Map<String, Object> props = new LinkedHashMap<>();
        data.forEach((keyId, text) -> {
            if (List.of("labels", "label", "type", "edgelabel").contains(keyId)) {
                return;
            }
            Key key = keys.get(keyId);
            if (key == null) {
                throw new TalentGraphException(where + ": data refers to key '" + keyId + "', which no <key> declares.");
            }
            try {
                if (key.type().list) {
                    List<?> items = JSON.readValue(text, List.class);
                    List<Object> values = new ArrayList<>();
                    for (Object item : items) {
                        values.add(key.type().element().parseScalar(String.valueOf(item)));
                    }
                    props.put(key.name(), values);
                } else {
                    props.put(key.name(), key.type().parseScalar(text));
                }
            } catch (JsonProcessingException | NumberFormatException e) {
                throw new TalentGraphException(where + ": property '" + key.name() + "' is not a valid "
                        + key.type().name().toLowerCase().replace('_', ' ') + ": '" + text + "'.", e);
            }
        });
        Map<String, Object> sorted = new LinkedHashMap<>();
        props.keySet().stream().sorted().forEach(k -> sorted.put(k, props.get(k)));
        return sorted;
    }
}
