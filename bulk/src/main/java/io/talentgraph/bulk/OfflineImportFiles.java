package io.talentgraph.bulk;

import io.talentgraph.TalentGraphException;
import io.talentgraph.bulk.read.InputRecord;
import io.talentgraph.bulk.read.RecordReader;
import io.talentgraph.dataset.Fact;
import io.talentgraph.dataset.Organization;
import io.talentgraph.dataset.Person;
import io.talentgraph.dataset.Source;
import io.talentgraph.dataset.EntryBinder;
import io.talentgraph.model.NodeLabel;
import io.talentgraph.model.RelType;
import io.talentgraph.write.GraphWrites;
import io.talentgraph.write.ImportCsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link BulkInput} into the CSV files of Neo4j's offline importer ({@code neo4j-admin database import
 * full}), for a first load into an empty store. The nodes and relationships are those the online loaders write,
 * property for property: node and fact properties come from the same row builders as the Cypher
 * ({@link GraphWrites}); which relationships each fact type makes mirrors {@code GraphWrites}' statements, and a
 * test loads one input both ways and compares every property.
 *
 * <p>Files are split by labels (or relationship type) and by the set of properties present, so that each file has
 * one header with typed columns and no empty cells, and written by {@link ImportCsv}, the writer the graph export
 * uses too. Lists use {@value #ARRAY_DELIMITER_NAME} as their delimiter.
 */
public final class OfflineImportFiles {

    /** The importer's {@code --array-delimiter}: the unit separator, which text never holds. */
    public static final String ARRAY_DELIMITER_NAME = ImportCsv.ARRAY_DELIMITER_OPTION;

    /**
     * The files written, for the importer's command line.
     *
     * @param nodes          {@code --nodes} arguments: {@code Label:Label=file}
     * @param relationships  {@code --relationships} arguments: {@code TYPE=file}
     * @param multiline      whether some value spans lines (needs {@code --multiline-fields})
     * @param nodeCount      nodes in the files
     * @param relationshipCount relationships in the files
     * @param records        records read from the input
     */
    public record Layout(List<String> nodes, List<String> relationships, boolean multiline, long nodeCount,
                         long relationshipCount, long records) {
        /**
         * Defensive copies.
         *
         * @param nodes             {@code --nodes} arguments: {@code Label:Label=file}
         * @param relationships     {@code --relationships} arguments: {@code TYPE=file}
         * @param multiline         whether some value spans lines (needs {@code --multiline-fields})
         * @param nodeCount         nodes in the files
         * @param relationshipCount relationships in the files
         * @param records           records read from the input
         */
        public Layout {
            nodes = List.copyOf(nodes);
            relationships = List.copyOf(relationships);
        }
    }

    private final BulkInput input;
    private final ImportCsv csv;
    private final java.util.function.Function<String, String> kindOf;
    /** One file per kind and set of columns, numbered in the order they start. */
    private final Map<String, Object> files = new HashMap<>();

    private OfflineImportFiles(BulkInput input, ImportCsv csv, java.util.function.Function<String, String> kindOf) {
        this.input = input;
        this.csv = csv;
        this.kindOf = kindOf;
    }

    /**
     * Validates the input on its own (everything it refers to must be in it: the store is empty), then writes the
     * importer's files.
     *
     * @param input the input
     * @param dir   a directory for the files
     * @return the files and how to pass them to the importer
     * @throws io.talentgraph.dataset.InvalidDatasetException when the input is invalid
     */
    public static Layout write(BulkInput input, Path dir) {
        InputValidator.Result validated = new InputValidator(input, null).validate(n -> { });
        ImportCsv.Layout written;
        try (ImportCsv csv = ImportCsv.in(dir)) {
            new OfflineImportFiles(input, csv, validated::kindOf).writeAll(validated.sourcesWithText());
            written = csv.finish();
        }
        return new Layout(written.nodes(), written.relationships(), written.multiline(), written.nodeCount(),
                written.relationshipCount(), validated.total());
    }

    private void writeAll(Set<String> withText) {
        String ds = input.datasetId();
        EntryBinder binder = new EntryBinder((pointer, message) -> {
            throw new TalentGraphException("The input changed after it was validated: " + pointer + ": " + message);
        }, (id, pointer, kinds) -> true);
        each(BulkInput.Part.PEOPLE, n -> {
            Person p = binder.person(n, "");
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", p.id());
            props.put("name", p.name());
            put(props, "nameAr", p.nameAr());
            putList(props, "aliases", p.aliases());
            props.put("datasets", List.of(ds));
            List<String> labels = new ArrayList<>(List.of(NodeLabel.PERSON.cypherName()));
            if (p.roles().contains("executive")) {
                labels.add(NodeLabel.EXECUTIVE.cypherName());
            }
            if (p.roles().contains("researcher")) {
                labels.add(NodeLabel.RESEARCHER.cypherName());
            }
            node(labels, NodeLabel.PERSON, props);
        });
        each(BulkInput.Part.ORGANIZATIONS, n -> {
            Organization o = binder.organization(n, "");
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", o.id());
            put(props, "description", o.description());
            put(props, "descriptionAr", o.descriptionAr());
            props.put("name", o.name());
            put(props, "nameAr", o.nameAr());
            putList(props, "aliases", o.aliases());
            props.put("datasets", List.of(ds));
            node(List.of(NodeLabel.ORGANIZATION.cypherName(),
                    (o.kind().equals("lab") ? NodeLabel.LAB : NodeLabel.COMPANY).cypherName()), NodeLabel.ORGANIZATION, props);
        });
        each(BulkInput.Part.SOURCES, n -> {
            Source s = binder.source(n, "", EntryBinder.textOrNull(n, "text"));
            @SuppressWarnings("unchecked")
            Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) GraphWrites.sourceRow(s, withText.contains(s.id())).get("props"));
            props.put("id", s.id());
            props.put("datasets", List.of(ds));
            node(List.of(NodeLabel.SOURCE.cypherName()), NodeLabel.SOURCE, props);
            s.citedBy().forEach(c -> relationship(RelType.CITES, NodeLabel.SOURCE, c, NodeLabel.SOURCE, s.id(), Map.of()));
            s.participants().forEach(p -> relationship(RelType.APPEARED_IN, NodeLabel.PERSON, p, NodeLabel.SOURCE, s.id(), Map.of()));
        });
        each(BulkInput.Part.FACTS, n -> fact(binder.fact(n, ""), ds, withText));
    }

    private void fact(Fact fact, String ds, Set<String> withText) {
        if (!fact.ends().isEmpty()) {
            throw new TalentGraphException("Fact " + fact.id() + " (facts, field ends) ends an earlier fact, which the "
                    + "offline importer cannot do: it only creates. Load this input with the online loader (BulkLoader).");
        }
        Map<String, Object> row = GraphWrites.factRow(fact, fact.sources().stream().anyMatch(withText::contains));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) row.get("props"));
        @SuppressWarnings("unchecked")
        List<String> english = (List<String>) row.get("evidenceEn");
        @SuppressWarnings("unchecked")
        List<String> evidence = (List<String>) row.get("evidence");
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) row.get("sources");
        props.put("evidence", evidence);
        if (english.stream().anyMatch(e -> !e.isEmpty())) {
            props.put("evidenceEn", english);
        }
        props.put("sources", sources);
        props.put("datasets", List.of(ds));
        if (row.get("validFrom") != null) {
            props.put("validFrom", row.get("validFrom"));
        }
        String id = fact.id();
        switch (fact.type()) {
            case HIRE -> {
                if (fact.text("from") != null) {
                    relationship(RelType.HIRED_FROM, NodeLabel.PERSON, fact.text("person"), NodeLabel.ORGANIZATION,
                            fact.text("from"), props);
                }
                Map<String, Object> job = new LinkedHashMap<>(props);
                job.put("current", !props.containsKey("until"));
                relationship(RelType.WORKS_AT, NodeLabel.PERSON, fact.text("person"), NodeLabel.ORGANIZATION,
                        fact.text("by"), job);
                if (fact.text("group") != null) {
                    relationship(RelType.INCLUDES, NodeLabel.HIRING_GROUP, fact.text("group"), NodeLabel.PERSON,
                            fact.text("person"), props);
                }
            }
            case WORKS_AT -> relationship(RelType.WORKS_AT, NodeLabel.PERSON, fact.text("person"), NodeLabel.ORGANIZATION,
                    fact.text("organization"), props);
            case LEADS -> relationship(RelType.LEADS, NodeLabel.PERSON, fact.text("person"), NodeLabel.ORGANIZATION,
                    fact.text("organization"), props);
            case INVESTMENT -> relationship(RelType.INVESTED_IN, investorLabel(fact.text("investor")), fact.text("investor"),
                    NodeLabel.ORGANIZATION, fact.text("target"), props);
            case PART_OF -> relationship(RelType.PART_OF, NodeLabel.ORGANIZATION, fact.text("part"), NodeLabel.ORGANIZATION,
                    fact.text("whole"), props);
            case HIRING_ATTEMPT -> relationship(RelType.TRIED_TO_HIRE, NodeLabel.ORGANIZATION, fact.text("organization"),
                    NodeLabel.PERSON, fact.text("person"), props);
            case GROUP_HIRE -> {
                node(List.of(NodeLabel.HIRING_GROUP.cypherName()), NodeLabel.HIRING_GROUP, props);
                relationship(RelType.HIRED_BY, NodeLabel.HIRING_GROUP, id, NodeLabel.ORGANIZATION, fact.text("by"), props);
                if (fact.text("from") != null) {
                    relationship(RelType.HIRED_FROM, NodeLabel.HIRING_GROUP, id, NodeLabel.ORGANIZATION, fact.text("from"), props);
                }
                if (fact.text("within") != null) {
                    relationship(RelType.INCLUDES, NodeLabel.HIRING_GROUP, fact.text("within"), NodeLabel.HIRING_GROUP, id, props);
                }
            }
            case SIBLING -> relationship(RelType.SIBLING_OF, NodeLabel.PERSON, fact.text("person"), NodeLabel.PERSON,
                    fact.text("sibling"), props);
            case PARTNERS -> relationship(RelType.PARTNERS_WITH, NodeLabel.PERSON, fact.text("person"), NodeLabel.PERSON,
                    fact.text("partner"), props);
            case CLAIMED, DEVELOPS -> throw new TalentGraphException("A " + fact.type().key() + " fact (" + id
                    + ") needs claims or products, which bulk inputs do not carry: load it with a dataset file.");
        }
    }

    /** Investors are people or organizations: the validation's id index knows which. */
    private NodeLabel investorLabel(String id) {
        return "person".equals(kindOf.apply(id)) ? NodeLabel.PERSON : NodeLabel.ORGANIZATION;
    }

    private void each(BulkInput.Part part, java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> action) {
        input.file(part).ifPresent(file -> {
            try (RecordReader reader = file.open()) {
                for (InputRecord r = reader.next(); r != null; r = reader.next()) {
                    if (r.node() == null) {
                        throw new TalentGraphException(file.path() + ":" + r.line() + ": " + r.error());
                    }
                    action.accept(r.node());
                }
            }
        });
    }

    private void node(List<String> labels, NodeLabel idSpace, Map<String, Object> props) {
        Map<String, Object> properties = new LinkedHashMap<>(props);
        String id = (String) properties.remove("id");
        Map<String, String> columns = columns(properties);
        String kind = "nodes-" + String.join("-", labels);
        ImportCsv.NodeFile file = (ImportCsv.NodeFile) files.computeIfAbsent(kind + "|" + columns,
                k -> new ImportCsv.NodeFile(fileName(kind), idSpace.cypherName(), "id", labels, columns));
        csv.node(file, id, labels, properties);
    }

    private void relationship(RelType type, NodeLabel startSpace, String start, NodeLabel endSpace, String end,
                              Map<String, Object> props) {
        Map<String, String> columns = columns(props);
        String kind = "rels-" + type.cypherName();
        ImportCsv.RelationshipFile file = (ImportCsv.RelationshipFile) files.computeIfAbsent(
                kind + "|" + startSpace.cypherName() + "|" + endSpace.cypherName() + "|" + columns,
                k -> new ImportCsv.RelationshipFile(fileName(kind), type.cypherName(), startSpace.cypherName(),
                        endSpace.cypherName(), columns));
        csv.relationship(file, start, end, type.cypherName(), props);
    }

    /** {@code nodes-Person-Researcher-3.csv}: the kind, and the file's number. */
    private String fileName(String kind) {
        return kind + "-" + (files.size() + 1) + ".csv";
    }

    private static Map<String, String> columns(Map<String, Object> properties) {
        Map<String, String> columns = new LinkedHashMap<>();
        properties.forEach((k, v) -> columns.put(k, ImportCsv.typeOf(k, v)));
        return columns;
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static void putList(Map<String, Object> props, String key, List<String> value) {
        if (!value.isEmpty()) {
            props.put(key, value);
        }
    }
}
